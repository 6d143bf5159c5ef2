# Profile-guided optimization of the redaction library (docs/performance.md, "Redaction").
# Included from redaction/CMakeLists.txt.
#
# With GCC and an optimized build (Release, RelWithDebInfo), `redaction` is compiled twice:
#   1. as `redaction_pgo`, instrumented (-fprofile-generate), linked into `redaction_pgo_trainer`
#      (tests/gen/redaction_train.cc: the texts of generated events, redacted in items of about
#      8 KB with no parties and with 50);
#   2. the trainer runs once (cmake/PgoTrain.cmake: its own seed, not the benchmark's) and
#      writes its profile of each source beside the object file of `redaction`, which is
#      compiled with -fprofile-use: the branches laid out, the functions inlined and placed by
#      how the training ran them.
# A change to a redaction source rebuilds the trainer, trains again and recompiles `redaction`.
# Code the training did not run is optimized as without a profile (-fprofile-partial-training).
# Both compilations are at -O3 (below), whatever the build type's level.
# The output is the same either way; only its speed changes. -DDISCLOSURE_PGO=OFF turns it off.
option(DISCLOSURE_PGO "Profile-guided optimization of the redaction library (GCC, optimized builds)"
       ON)
set(_pgo_types Release RelWithDebInfo)
if(NOT DISCLOSURE_PGO OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU" OR DISCLOSURE_SANITIZE OR
   DISCLOSURE_FUZZ OR NOT DISCLOSURE_TESTS OR NOT CMAKE_BUILD_TYPE IN_LIST _pgo_types)
  return()
endif()

get_target_property(_pgo_sources redaction SOURCES)
add_library(redaction_pgo STATIC ${_pgo_sources})
target_link_libraries(redaction_pgo PUBLIC base events)
# Both compiled at -O3, and, where GCC has the option (x86-64), with copies of a length known only
# at run time left to the C library's memcpy: with a profile, GCC inlined `rep movsb` for the
# output's pieces (tens of bytes each), which is slow to start on the AMD EPYC measured here.
# Together about -6 % time (docs/performance.md, twenty-third session).
include(CheckCXXCompilerFlag)
check_cxx_compiler_flag(-mstringop-strategy=libcall DISCLOSURE_HAVE_STRINGOP_LIBCALL)
set(_pgo_optimize -O3)
if(DISCLOSURE_HAVE_STRINGOP_LIBCALL)
  list(APPEND _pgo_optimize -mstringop-strategy=libcall)
endif()
target_compile_options(redaction_pgo PRIVATE -fprofile-generate ${_pgo_optimize})
add_executable(redaction_pgo_trainer ${PROJECT_SOURCE_DIR}/tests/gen/redaction_train.cc)
target_link_libraries(redaction_pgo_trainer PRIVATE testsupport redaction_pgo events)
target_link_options(redaction_pgo_trainer PRIVATE -fprofile-generate)

# Both compilations of x.cc get the same base name for their auxiliary files: that of the
# object of `redaction` (its default in the Makefile and Ninja generators' layout). GCC keys the
# profile of a function that is not public (anonymous namespaces: most of the scanner) by that
# name, and the instrumented code writes its profile to <base>.gcda, where the other reads it.
# Not through ccache, which could hand back an object compiled for another profile or path.
set(_pgo_dir ${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/redaction.dir)
foreach(_source IN LISTS _pgo_sources)
  get_filename_component(_name ${_source} NAME)
  set_property(SOURCE ${_source} APPEND PROPERTY COMPILE_OPTIONS -dumpbase ${_pgo_dir}/${_name})
endforeach()
set_target_properties(redaction redaction_pgo PROPERTIES CXX_COMPILER_LAUNCHER "")

set(_pgo_stamp ${CMAKE_CURRENT_BINARY_DIR}/redaction-pgo.stamp)
# A header that names the profile (its files' hashes), included first in each source of
# `redaction`: written only when the profile differs, so the objects are compiled again exactly
# then (the objects of `redaction_pgo`, the same sources, must not depend on the training).
set(_pgo_header ${CMAKE_CURRENT_BINARY_DIR}/redaction-pgo-profile.h)
add_custom_command(
  OUTPUT ${_pgo_stamp}
  BYPRODUCTS ${_pgo_header}
  COMMAND ${CMAKE_COMMAND} -DTRAINER=$<TARGET_FILE:redaction_pgo_trainer> -DDIR=${_pgo_dir}
          -DSTAMP=${_pgo_stamp} -DHEADER=${_pgo_header} -P ${PROJECT_SOURCE_DIR}/cmake/PgoTrain.cmake
  DEPENDS redaction_pgo_trainer ${PROJECT_SOURCE_DIR}/cmake/PgoTrain.cmake
  COMMENT "Training the redaction library's profile (profile-guided optimization)"
  VERBATIM)
add_custom_target(redaction_pgo_profile DEPENDS ${_pgo_stamp})
add_dependencies(redaction redaction_pgo_profile)
target_compile_options(redaction PRIVATE ${_pgo_optimize} -fprofile-use -fprofile-partial-training
                       -Wno-missing-profile -include ${_pgo_header})
message(STATUS "redaction: profile-guided optimization (DISCLOSURE_PGO)")
