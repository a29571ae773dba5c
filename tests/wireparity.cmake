# Wire parity: Kibo's official TypeScript SDKs (tests/sdk, npm) and our client (the CLI and AuthTicketClient) go
# through every customer auth-ticket operation against one recording HTTPS server (tests/sdk/wire-recorder.js);
# what our client sends must equal what the SDKs send, up to the test's commented allow-list.
# Skips only when node or npm is missing (QSKIP in initTestCase, reported to ctest as a skip).
kti_add_test(NAME testwireparity SOURCES testwireparity.cpp LIBS kti_core Qt6::Network kti_testhelpers LABELS sdk
    TIMEOUT 400)
target_compile_definitions(testwireparity PRIVATE KTI_SDK_DIR="${CMAKE_CURRENT_SOURCE_DIR}/sdk")
add_dependencies(testwireparity kibo-token-inspector)
set_tests_properties(testwireparity PROPERTIES
    SKIP_REGULAR_EXPRESSION "SKIP   : TestWireParity::initTestCase\\(\\)"
    # Both SDK tests may run `npm ci` in tests/sdk on a fresh checkout; two at once would trample node_modules.
    RESOURCE_LOCK kti-sdk-node-modules)
set_property(TEST testdemosdk APPEND PROPERTY RESOURCE_LOCK kti-sdk-node-modules)
