# Crash safety of every file the app saves: testkillsafety starts killchild, which saves one kind of file in a loop
# through the real product class, kills it with SIGKILL at a random moment, and checks what is left. killchild is a
# test tool, never installed; it links the real save paths and nothing with widgets.
add_executable(killchild killchild/killchild.cpp)
target_link_libraries(killchild PRIVATE kti_common_cfg kti_services kti_vault kti_kibo kti_share)
target_link_options(killchild PRIVATE "LINKER:--no-as-needed")
kti_add_test(NAME testkillsafety SOURCES testkillsafety.cpp LIBS kti_vault kti_kibo TIMEOUT 180)
target_compile_definitions(testkillsafety PRIVATE KTI_KILLCHILD_PATH="$<TARGET_FILE:killchild>")
add_dependencies(testkillsafety killchild)
