# Tests of the CLI area; see kti_add_test in CMakeLists.txt. They run the real executable.
kti_add_test(NAME testcli SOURCES testcli.cpp helpers/canary.h helpers/canary.cpp helpers/cliprocess.h
    helpers/cliprocess.cpp helpers/keychainlisting.h helpers/keychainlisting.cpp LIBS kti_base Qt6::Core
    LABELS keychain TIMEOUT 300)
add_dependencies(testcli kibo-token-inspector)
kti_add_test(NAME testcliverify
    SOURCES testcliverify.cpp helpers/cliprocess.h helpers/cliprocess.cpp helpers/faultserver.h helpers/faultserver.cpp helpers/testca.h helpers/testca.cpp
    LIBS kti_base Qt6::Core Qt6::Network TIMEOUT 300)
add_dependencies(testcliverify kibo-token-inspector)
kti_add_test(NAME testclidiff SOURCES testclidiff.cpp helpers/canary.h helpers/canary.cpp helpers/cliprocess.h
    helpers/cliprocess.cpp
    LIBS kti_jwt kti_demo Qt6::Core TIMEOUT 300)
add_dependencies(testclidiff kibo-token-inspector)
kti_add_test(NAME testclirefresh SOURCES testclirefresh.cpp helpers/canary.h helpers/canary.cpp helpers/cliprocess.h helpers/cliprocess.cpp
    helpers/keychainlisting.h helpers/keychainlisting.cpp LIBS kti_base Qt6::Core LABELS keychain TIMEOUT 300)
add_dependencies(testclirefresh kibo-token-inspector)
kti_add_test(NAME testcliprofile SOURCES testcliprofile.cpp helpers/canary.h helpers/canary.cpp helpers/cliprocess.h
    helpers/cliprocess.cpp helpers/keychainlisting.h helpers/keychainlisting.cpp LIBS kti_base Qt6::Core Qt6::Network LABELS keychain TIMEOUT 300)
add_dependencies(testcliprofile kibo-token-inspector)
kti_add_test(NAME testclinetwork
    SOURCES testclinetwork.cpp helpers/cliprocess.h helpers/cliprocess.cpp helpers/loopbackproxy.h
        helpers/loopbackproxy.cpp helpers/faultserver.h helpers/faultserver.cpp
    LIBS kti_demo Qt6::Network LABELS keychain TIMEOUT 180)
add_dependencies(testclinetwork kibo-token-inspector)
kti_add_test(NAME testcliotp SOURCES testcliotp.cpp helpers/cliprocess.h helpers/cliprocess.cpp LIBS kti_base Qt6::Core
    LABELS keychain TIMEOUT 300)
add_dependencies(testcliotp kibo-token-inspector)
