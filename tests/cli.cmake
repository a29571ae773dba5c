# Tests of the CLI area; see kti_add_test in CMakeLists.txt. They run the real executable.
kti_add_test(NAME testcli SOURCES testcli.cpp LIBS kti_base Qt6::Core kti_testhelpers LABELS keychain TIMEOUT 300)
add_dependencies(testcli kibo-token-inspector)
kti_add_test(NAME testcliverify SOURCES testcliverify.cpp LIBS kti_base Qt6::Core Qt6::Network kti_testhelpers
    TIMEOUT 300)
add_dependencies(testcliverify kibo-token-inspector)
kti_add_test(NAME testclidiff SOURCES testclidiff.cpp LIBS kti_jwt kti_demo Qt6::Core kti_testhelpers TIMEOUT 300)
add_dependencies(testclidiff kibo-token-inspector)
kti_add_test(NAME testclirefresh SOURCES testclirefresh.cpp LIBS kti_base Qt6::Core kti_testhelpers LABELS keychain
    TIMEOUT 300)
add_dependencies(testclirefresh kibo-token-inspector)
kti_add_test(NAME testcliprofile SOURCES testcliprofile.cpp LIBS kti_base Qt6::Core Qt6::Network kti_testhelpers
    LABELS keychain TIMEOUT 300)
add_dependencies(testcliprofile kibo-token-inspector)
kti_add_test(NAME testclinetwork SOURCES testclinetwork.cpp LIBS kti_demo Qt6::Network kti_testhelpers LABELS keychain
    TIMEOUT 180)
add_dependencies(testclinetwork kibo-token-inspector)
kti_add_test(NAME testcliotp SOURCES testcliotp.cpp LIBS kti_base Qt6::Core kti_testhelpers LABELS keychain TIMEOUT 300)
add_dependencies(testcliotp kibo-token-inspector)
kti_add_test(NAME testcommandline SOURCES testcommandline.cpp LIBS Qt6::Core TIMEOUT 300)
add_dependencies(testcommandline kibo-token-inspector)
kti_add_test(NAME testclierrors SOURCES testclierrors.cpp LIBS kti_demo kti_vault Qt6::Network kti_testhelpers LABELS keychain
    TIMEOUT 300)
add_dependencies(testclierrors kibo-token-inspector)
kti_add_test(NAME testclioutput SOURCES testclioutput.cpp LIBS kti_cli kti_testhelpers)
add_dependencies(testclioutput kibo-token-inspector)
