# Tests of the vault area; see kti_add_test in CMakeLists.txt.
# Both need a real Secret Service: run the suite as `scripts/with-keyring ctest …`.
kti_add_test(NAME testtokenvault SOURCES testtokenvault.cpp LIBS kti_vault LABELS keychain TIMEOUT 180)
# Negative environments (no bus, KWallet missing, locked, stalled), each in a child process with its own
# bus and HOME; it needs dbus-run-session, gnome-keyring-daemon and dbus-send, not the outer sandbox.
# It also plays a Secret Service (QtDBus) that its own private bus activates: one that never answers, one that refuses.
# It runs the executable's `refresh` on a locked keyring too.
kti_add_test(NAME testkeychainenv SOURCES testkeychainenv.cpp LIBS kti_vault Qt6::DBus LABELS keychain TIMEOUT 300)
add_dependencies(testkeychainenv kibo-token-inspector)
# Profiles in the real QSettings file of the throwaway HOME, and client secrets in the real keychain.
kti_add_test(NAME testprofilestore SOURCES testprofilestore.cpp LIBS kti_vault)
kti_add_test(NAME testclientsecretstore SOURCES testclientsecretstore.cpp LIBS kti_vault kti_testhelpers LABELS keychain
    TIMEOUT 180)
kti_add_test(NAME testhistorystore SOURCES testhistorystore.cpp LIBS kti_vault kti_session kti_demo kti_testhelpers)
