# Tests of the vault area; see kti_add_test in CMakeLists.txt.
