# Tests of the share area (support bundle, copy as curl); see kti_add_test in CMakeLists.txt.
# Both log in to the in-process demo tenant over loopback and search what they produce for every secret.
kti_add_test(NAME testsupportbundle SOURCES testsupportbundle.cpp
    LIBS kti_share kti_demo Qt6::Network kti_testhelpers kti_testhelpers_demo)
kti_add_test(NAME testcurlexport SOURCES testcurlexport.cpp
    LIBS kti_share kti_demo Qt6::Network kti_testhelpers kti_testhelpers_demo)
