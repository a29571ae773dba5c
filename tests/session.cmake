# Tests of the session layer (app/session, no widgets); see kti_add_test in CMakeLists.txt.
kti_add_test(NAME testcustomersession SOURCES testcustomersession.cpp
    LIBS kti_session kti_demo Qt6::Network kti_testhelpers LABELS keychain TIMEOUT 180)
kti_add_test(NAME testauthticketoutcome SOURCES testauthticketoutcome.cpp LIBS kti_session kti_demo Qt6::Network
    TIMEOUT 120)
