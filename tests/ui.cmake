# Tests of the ui area; see kti_add_test in CMakeLists.txt.
