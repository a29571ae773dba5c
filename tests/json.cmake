# Tests of the json area; see kti_add_test in CMakeLists.txt.
