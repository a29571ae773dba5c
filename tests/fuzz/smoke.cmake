# One fuzz smoke run, quiet when it passes (see CMakeLists.txt):
#   cmake -DFUZZER=… -DCORPUS=… -DDICT=… -DSCRATCH=… -DRUNS=… -P smoke.cmake
# The seed corpus is read-only here: libFuzzer writes new inputs to the first directory it is given,
# which is a fresh scratch directory, and crash files next to it.
foreach(var FUZZER CORPUS DICT SCRATCH RUNS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "smoke.cmake needs -D${var}=…")
    endif()
endforeach()
file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}/new" "${SCRATCH}/artifacts")
execute_process(
    COMMAND "${FUZZER}" -runs=${RUNS} -max_len=70000 -timeout=5 -rss_limit_mb=2048 -max_total_time=240
        -seed=1 -print_final_stats=1 "-dict=${DICT}" "-artifact_prefix=${SCRATCH}/artifacts/"
        "${SCRATCH}/new" "${CORPUS}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
file(WRITE "${SCRATCH}/log.txt" "${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed (${result}); the input is in ${SCRATCH}/artifacts/\n${output}")
endif()
