# Tests of the kibo area; see kti_add_test in CMakeLists.txt.
kti_add_test(NAME testkibohosts SOURCES testkibohosts.cpp LIBS kti_kibo)
kti_add_test(NAME testkiboerror SOURCES testkiboerror.cpp LIBS kti_kibo)
