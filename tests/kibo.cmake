# Tests of the kibo area; see kti_add_test in CMakeLists.txt.
