# Tests of the ui area; see kti_add_test in CMakeLists.txt.
kti_add_test(NAME testloginpanel SOURCES testloginpanel.cpp LIBS kti_ui LABELS ui)
kti_add_test(NAME testsecretclipboard SOURCES testsecretclipboard.cpp LIBS kti_ui LABELS ui)
kti_add_test(NAME testresultview SOURCES testresultview.cpp LIBS kti_ui LABELS ui)
kti_add_test(NAME testcodepage SOURCES testcodepage.cpp LIBS kti_ui LABELS ui)
kti_add_test(NAME testhistoryview SOURCES testhistoryview.cpp LIBS kti_ui kti_testhelpers LABELS ui TIMEOUT 180)
kti_add_test(NAME testtroubleshootingpanel SOURCES testtroubleshootingpanel.cpp LIBS kti_ui kti_testhelpers LABELS ui
    TIMEOUT 180)
kti_add_test(NAME testsessiontabs SOURCES testsessiontabs.cpp LIBS kti_ui Qt6::Network LABELS ui)
kti_add_test(NAME testmainwindow SOURCES testmainwindow.cpp LIBS kti_ui kti_testhelpers kti_testhelpers_ui LABELS ui keychain TIMEOUT 180)
kti_add_test(NAME testfirstframe SOURCES testfirstframe.cpp LIBS kti_ui LABELS ui)
kti_add_test(NAME testservices SOURCES testservices.cpp LIBS kti_ui LABELS ui)
kti_add_test(NAME testpngiconengine SOURCES testpngiconengine.cpp LIBS kti_ui LABELS ui)
kti_add_test(NAME testfirstlaunch SOURCES testfirstlaunch.cpp LIBS kti_ui LABELS ui)

# Not a test: renders the main window through a demo login to PNGs for docs/screenshots
# (scripts/screenshots runs it under Xvfb at 100 % and 200 % and with a dark palette).
add_executable(kti-screenshotter screenshotter.cpp)
target_include_directories(kti-screenshotter PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
# The services module first, as the tests link it (kti_add_test): the screenshotter logs in through it.
target_link_libraries(kti-screenshotter PRIVATE kti_common_cfg kti_services kti_ui kti_testhelpers Qt6::Test)
target_link_options(kti-screenshotter PRIVATE "LINKER:--no-as-needed")
kti_add_test(NAME testjsontreepane SOURCES testjsontreepane.cpp LIBS kti_ui LABELS ui)
kti_add_test(NAME testtimelineview SOURCES testtimelineview.cpp LIBS kti_ui LABELS ui)
kti_add_test(NAME testinspectorview SOURCES testinspectorview.cpp LIBS kti_ui kti_testhelpers LABELS ui TIMEOUT 180)
kti_add_test(NAME testcompareview SOURCES testcompareview.cpp LIBS kti_ui kti_testhelpers_demo LABELS ui TIMEOUT 180)
kti_add_test(NAME testpresentermode SOURCES testpresentermode.cpp LIBS kti_ui kti_testhelpers kti_testhelpers_ui LABELS ui TIMEOUT 180)
kti_add_test(NAME testsharing SOURCES testsharing.cpp LIBS kti_ui kti_testhelpers kti_testhelpers_ui LABELS ui TIMEOUT 180)
kti_add_test(NAME testprofiledialog SOURCES testprofiledialog.cpp LIBS kti_ui kti_testhelpers LABELS ui keychain
    TIMEOUT 180)
kti_add_test(NAME testnetworksettingsdialog SOURCES testnetworksettingsdialog.cpp LIBS kti_ui kti_testhelpers
    LABELS ui)
kti_add_test(NAME testsessionview SOURCES testsessionview.cpp LIBS kti_ui kti_testhelpers kti_testhelpers_ui
    LABELS ui keychain TIMEOUT 180)
kti_add_test(NAME testtlsfailureview SOURCES testtlsfailureview.cpp LIBS kti_ui LABELS ui TIMEOUT 120)
kti_add_test(NAME testtwofactorflow SOURCES testtwofactorflow.cpp LIBS kti_ui kti_testhelpers_ui LABELS ui keychain
    TIMEOUT 180)
# One secret policy, three surfaces: the Problem tab, the support bundle and the CLI's output agree.
kti_add_test(NAME testsecretsurfaces SOURCES testsecretsurfaces.cpp LIBS kti_ui kti_cli kti_testhelpers LABELS ui)
# Every Alt letter reaches one control, in each window and state, in English and German.
kti_add_test(NAME testmnemonics SOURCES testmnemonics.cpp LIBS kti_ui LABELS ui TIMEOUT 180)
# Start to forget with the keyboard alone: the demo tenant, the real keychain.
kti_add_test(NAME testkeyboardwalk SOURCES testkeyboardwalk.cpp LIBS kti_ui LABELS ui keychain TIMEOUT 180)
# Window sizes against the available screen: on a 1400×900 and on a 1024×768 offscreen screen.
kti_add_test(NAME testwindowfit SOURCES testwindowfit.cpp LIBS kti_ui LABELS ui TIMEOUT 180)
add_test(NAME testwindowfit_1024x768 COMMAND testwindowfit)
foreach(screen IN ITEMS 1400x900 1024x768)
    set(test testwindowfit)
    if(screen STREQUAL "1024x768")
        set(test testwindowfit_1024x768)
    endif()
    set_tests_properties(${test} PROPERTIES TIMEOUT 180 LABELS ui ENVIRONMENT
        "QT_QPA_PLATFORM=offscreen:configfile=${CMAKE_CURRENT_SOURCE_DIR}/data/offscreen-${screen}.json;LANG=en_US.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=en;QT_LOGGING_RULES=kti.*=true")
endforeach()
kti_add_test(NAME testaccounttree SOURCES testaccounttree.cpp LIBS kti_ui kti_testhelpers kti_testhelpers_ui
    LABELS ui keychain TIMEOUT 180)
