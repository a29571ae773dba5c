# Tests of the jwt area; see kti_add_test in CMakeLists.txt.
kti_add_test(NAME testbase64url SOURCES testbase64url.cpp LIBS kti_jwt)
kti_add_test(NAME testjwtdecoder SOURCES testjwtdecoder.cpp LIBS kti_jwt)
kti_add_test(NAME testclaimcatalogue SOURCES testclaimcatalogue.cpp LIBS kti_jwt)
kti_add_test(NAME testtokentimeline SOURCES testtokentimeline.cpp LIBS kti_jwt kti_kibo kti_demo Qt6::Network)
kti_add_test(NAME testjwsverifier SOURCES testjwsverifier.cpp LIBS kti_jwt Qt6::Network kti_testhelpers)
