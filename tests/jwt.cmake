# Tests of the jwt area; see kti_add_test in CMakeLists.txt.
