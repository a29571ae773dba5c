# Tests of the vault area; see kti_add_test in CMakeLists.txt.
# Both need a real Secret Service: run the suite as `scripts/with-keyring ctest …`.
kti_add_test(NAME testtokenvault SOURCES testtokenvault.cpp LIBS kti_vault LABELS keychain TIMEOUT 180)
# Negative environments (no bus, KWallet missing, locked, stalled), each in a child process with its own
# bus and HOME; it needs dbus-run-session, gnome-keyring-daemon and dbus-send, not the outer sandbox.
kti_add_test(NAME testkeychainenv SOURCES testkeychainenv.cpp LIBS kti_vault LABELS keychain TIMEOUT 300)
