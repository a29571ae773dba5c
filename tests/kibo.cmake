# Tests of the kibo area; see kti_add_test in CMakeLists.txt.
kti_add_test(NAME testkibohosts SOURCES testkibohosts.cpp LIBS kti_kibo)
kti_add_test(NAME testkiboerror SOURCES testkiboerror.cpp LIBS kti_kibo)
kti_add_test(NAME testnetworkfaults
    SOURCES testnetworkfaults.cpp helpers/faultserver.h helpers/faultserver.cpp helpers/testca.h helpers/testca.cpp
    LIBS kti_kibo Qt6::Network)
kti_add_test(NAME testauthticketclient
    SOURCES testauthticketclient.cpp helpers/faultserver.h helpers/faultserver.cpp
    LIBS kti_kibo kti_demo Qt6::Network)
kti_add_test(NAME testdiagnoser
    SOURCES testdiagnoser.cpp helpers/faultserver.h helpers/faultserver.cpp helpers/testca.h helpers/testca.cpp
        helpers/canary.h helpers/canary.cpp
    LIBS kti_kibo kti_demo Qt6::Network TIMEOUT 180)
kti_add_test(NAME testnetworksettings
    SOURCES testnetworksettings.cpp helpers/faultserver.h helpers/faultserver.cpp
        helpers/loopbackproxy.h helpers/loopbackproxy.cpp
    LIBS kti_kibo kti_demo Qt6::Network)
kti_add_test(NAME testtlstrust
    SOURCES testtlstrust.cpp helpers/faultserver.h helpers/faultserver.cpp helpers/testca.h helpers/testca.cpp
    LIBS kti_kibo kti_demo Qt6::Network TIMEOUT 120)
kti_add_test(NAME testdatacentres
    SOURCES testdatacentres.cpp helpers/loopbackproxy.h helpers/loopbackproxy.cpp
    LIBS kti_kibo kti_demo Qt6::Network)
