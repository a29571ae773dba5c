# Tests of the kibo area; see kti_add_test in CMakeLists.txt.
kti_add_test(NAME testkibohosts SOURCES testkibohosts.cpp LIBS kti_kibo)
kti_add_test(NAME testkiboerror SOURCES testkiboerror.cpp LIBS kti_kibo)
kti_add_test(NAME testhttptransport SOURCES testhttptransport.cpp LIBS kti_kibo Qt6::Network kti_testhelpers)
kti_add_test(NAME testnetworkfaults SOURCES testnetworkfaults.cpp LIBS kti_kibo Qt6::Network kti_testhelpers)
kti_add_test(NAME testauthticketclient SOURCES testauthticketclient.cpp
    LIBS kti_kibo kti_demo Qt6::Network kti_testhelpers)
kti_add_test(NAME testdiagnoser SOURCES testdiagnoser.cpp LIBS kti_kibo kti_demo Qt6::Network kti_testhelpers
    TIMEOUT 180)
kti_add_test(NAME testnetworksettings SOURCES testnetworksettings.cpp
    LIBS kti_kibo kti_demo Qt6::Network kti_testhelpers)
kti_add_test(NAME testtlstrust SOURCES testtlstrust.cpp LIBS kti_kibo kti_demo Qt6::Network kti_testhelpers TIMEOUT 120)
kti_add_test(NAME testdatacentres SOURCES testdatacentres.cpp LIBS kti_kibo kti_demo Qt6::Network kti_testhelpers)
