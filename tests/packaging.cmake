# Packaging: `cmake --install` of this build tree into a throwaway DESTDIR ships the binary, the desktop
# file, the AppStream metainfo and every hicolor icon, named consistently and accepted by
# desktop-file-validate and appstreamcli (skipped, code 77, only when a validator is missing).
# Needs the kibo-token-inspector target built; no second build.
add_test(NAME testpackaging
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check-install.sh
        ${CMAKE_COMMAND} ${CMAKE_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${KTI_APP_ID})
set_tests_properties(testpackaging PROPERTIES
    LABELS packaging
    TIMEOUT 120
    SKIP_RETURN_CODE 77
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8")
