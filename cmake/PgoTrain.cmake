# Runs the redaction library's training (cmake/Pgo.cmake): cmake -DTRAINER=… -DDIR=… -DSTAMP=…
# -DHEADER=… -P PgoTrain.cmake. The trainer writes the profile of each source as DIR/x.cc.gcda;
# those of an earlier run are removed first (the instrumented code adds to what it finds).
file(GLOB _old ${DIR}/*.gcda)
if(_old)
  file(REMOVE ${_old})
endif()
# 6,000 generated events of seed 11: about 330 items of 8 KB (the benchmark's corpus is seed 7).
execute_process(COMMAND ${TRAINER} --count 6000 --seed 11 OUTPUT_QUIET RESULT_VARIABLE _result)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "redaction profile training failed (${TRAINER}: ${_result}); "
                      "configure with -DDISCLOSURE_PGO=OFF to build without it")
endif()
file(GLOB _profiles ${DIR}/*.gcda)
if(NOT _profiles)
  message(FATAL_ERROR "redaction profile training wrote no profile in ${DIR}")
endif()
set(_names "// The redaction library's training profile (cmake/Pgo.cmake); generated.\n")
foreach(_profile IN LISTS _profiles)
  file(SHA256 ${_profile} _hash)
  get_filename_component(_name ${_profile} NAME)
  string(APPEND _names "// ${_name} ${_hash}\n")
endforeach()
file(WRITE ${HEADER}.new "${_names}")
file(COPY_FILE ${HEADER}.new ${HEADER} ONLY_IF_DIFFERENT)
file(REMOVE ${HEADER}.new)
file(TOUCH ${STAMP})
