# Tests of the cli area; see kti_add_test in CMakeLists.txt.
