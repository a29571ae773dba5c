# Tests of the ui area; see kti_add_test in CMakeLists.txt.
kti_add_test(NAME testloginpanel SOURCES testloginpanel.cpp LIBS kti_ui LABELS ui)
