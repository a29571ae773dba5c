# Tests of the secrets area (the one secret policy); see kti_add_test in CMakeLists.txt.
kti_add_test(NAME testsecretpolicy SOURCES testsecretpolicy.cpp LIBS kti_secrets)
kti_add_test(NAME testsentsecrets SOURCES testsentsecrets.cpp LIBS kti_secrets)
