// Helpers for tests that run the built `disclosure` binary: temp folders, running a command
// and capturing its output, reading JSONL.
#pragma once

#include <rapidjson/document.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace disclosure::testing {

inline std::string SourceDir() { return DISCLOSURE_SOURCE_DIR; }
inline std::string Binary() { return DISCLOSURE_BINARY; }

// A fresh folder under the system temp dir, removed when the test ends.
class TempDir {
 public:
  explicit TempDir(const std::string& name) {
    path_ = std::filesystem::temp_directory_path() /
            ("disclosure-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    if (std::getenv("KEEP_TEST_OUTPUT") == nullptr) std::filesystem::remove_all(path_);
  }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

inline std::vector<std::string> ReadLines(const std::string& path) {
  std::vector<std::string> lines;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `args` (already shell-quoted where needed) with the disclosure binary in front.
inline CommandResult RunDisclosure(const std::string& args, const std::string& stdin_file = "") {
  static int counter = 0;
  auto base = std::filesystem::temp_directory_path() /
              ("disclosure-cmd-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::string out = base.string() + ".out", err = base.string() + ".err";
  std::string cmd = "'" + Binary() + "' " + args + " >'" + out + "' 2>'" + err + "'";
  if (!stdin_file.empty()) cmd += " <'" + stdin_file + "'";
  int status = std::system(cmd.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return r;
}

// decisions.jsonl by event_id.
inline std::map<std::string, std::string> DecisionsById(const std::string& path) {
  std::map<std::string, std::string> by_id;
  for (const auto& line : ReadLines(path)) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    if (!d.HasParseError() && d.IsObject() && d.HasMember("event_id")) {
      by_id[d["event_id"].GetString()] = line;
    }
  }
  return by_id;
}

}  // namespace disclosure::testing
