# Tests of the demo area; see kti_add_test in CMakeLists.txt.
kti_add_test(NAME testdemotenant SOURCES testdemotenant.cpp LIBS kti_demo Qt6::Network)

# Official-SDK test: Kibo's TypeScript SDKs (tests/sdk, npm) log in to a stand-alone demo tenant over HTTPS.
# Skips (77) only when node/npm are absent.
add_test(NAME testdemosdk
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/sdk/run-sdk-test.sh ${CMAKE_CURRENT_SOURCE_DIR}/sdk
            $<TARGET_FILE:kibo-token-inspector> demo-server)
set_tests_properties(testdemosdk PROPERTIES
    SKIP_RETURN_CODE 77
    TIMEOUT 300
    LABELS "sdk"
    ENVIRONMENT "LANG=en_US.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=en;QT_LOGGING_RULES=kti.*=true")
