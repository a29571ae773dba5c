# Tests of the share area (support bundle, copy as curl); see kti_add_test in CMakeLists.txt.
# Both log in to the in-process demo tenant over loopback and search what they produce for every secret.
kti_add_test(NAME testsupportbundle
    SOURCES testsupportbundle.cpp helpers/canary.h helpers/canary.cpp helpers/demologinrig.h helpers/demologinrig.cpp
    LIBS kti_share kti_demo Qt6::Network)
kti_add_test(NAME testcurlexport
    SOURCES testcurlexport.cpp helpers/canary.h helpers/canary.cpp helpers/demologinrig.h helpers/demologinrig.cpp
        helpers/faultserver.h helpers/faultserver.cpp
    LIBS kti_share kti_demo Qt6::Network)
