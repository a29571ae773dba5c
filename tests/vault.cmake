# Tests of the vault area; see kti_add_test in CMakeLists.txt.
# Both need a real Secret Service: run the suite as `scripts/with-keyring ctest …`.
kti_add_test(NAME testtokenvault SOURCES testtokenvault.cpp LIBS kti_vault LABELS keychain TIMEOUT 180)
