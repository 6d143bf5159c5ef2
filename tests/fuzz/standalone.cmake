# Included through CMAKE_PROJECT_INCLUDE by scripts/fuzz.sh while tests/CMakeLists.txt does not
# yet add this folder itself (add_subdirectory(fuzz)); then this file is not used.
add_subdirectory(${CMAKE_SOURCE_DIR}/tests/fuzz ${CMAKE_BINARY_DIR}/tests/fuzz)
