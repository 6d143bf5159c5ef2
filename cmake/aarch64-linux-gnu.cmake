# A cross build for ARM64 (aarch64) Linux with Debian's cross compiler (g++-aarch64-linux-gnu),
# whose programs run here under qemu-user (qemu-aarch64): the tests, GoogleTest's discovery and
# redaction_dump. Used by scripts/arm64-check.sh with -DDISCLOSURE_CORE_ONLY=ON (the libraries
# with no dependency beyond the C++ library and RapidJSON's headers).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
# -L: where qemu finds the ARM64 dynamic loader and libraries (libstdc++, libc) of the cross
# toolchain's packages.
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64 -L /usr/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# Headers: the cross toolchain's first, then the host's /usr/include, where RapidJSON's
# (architecture-independent, header-only) are; the compiler searches both.
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
