// Temp folders for tests that run as one process per test.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

namespace disclosure::test_support {

// <temp>/<prefix>-<pid>, emptied and created: a process given the pid of an earlier one (pids
// wrap within a test run) must not open that one's files. Call it once per process and keep
// the path (a function-local static).
inline std::filesystem::path FreshProcessFolder(const std::string& prefix) {
  auto dir = std::filesystem::temp_directory_path() / (prefix + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace disclosure::test_support
