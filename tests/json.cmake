# Tests of the json area; see kti_add_test in CMakeLists.txt.
kti_add_test(NAME testjsontreemodel SOURCES testjsontreemodel.cpp LIBS kti_json)
kti_add_test(NAME testjsondiff SOURCES testjsondiff.cpp LIBS kti_json kti_demo)
