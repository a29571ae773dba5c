# Tests of the CLI area; see kti_add_test in CMakeLists.txt. They run the real executable.
kti_add_test(NAME testcli SOURCES testcli.cpp helpers/canary.h helpers/canary.cpp LIBS kti_base Qt6::Core
    LABELS keychain TIMEOUT 300)
add_dependencies(testcli kibo-token-inspector)
