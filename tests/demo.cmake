# Tests of the demo area; see kti_add_test in CMakeLists.txt.
kti_add_test(NAME testdemotenant SOURCES testdemotenant.cpp LIBS kti_demo Qt6::Network)
