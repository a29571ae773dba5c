# Tests of the demo area; see kti_add_test in CMakeLists.txt.
