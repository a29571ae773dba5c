# Tests of the json area; see kti_add_test in CMakeLists.txt.
kti_add_test(NAME testjsontreemodel SOURCES testjsontreemodel.cpp LIBS kti_json)
kti_add_test(NAME testjsondiff SOURCES testjsondiff.cpp LIBS kti_json kti_demo)
# The compare core above JsonDiff (ComparableInput, InputComparison; app/jwt).
kti_add_test(NAME testinputcomparison SOURCES testinputcomparison.cpp LIBS kti_json kti_jwt)
