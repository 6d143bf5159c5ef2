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

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <thread>

namespace disclosure::testing {

// A child process (argv[0] is a path), stdout and stderr to files. Killed (SIGKILL) when
// destroyed if still running.
class Child {
 public:
  Child(const std::vector<std::string>& argv, const std::string& out_file,
        const std::string& err_file) {
    // The child's freopen would write out what this process has buffered for stdout.
    std::fflush(nullptr);
    pid_ = ::fork();
    if (pid_ == 0) {
      FILE* out = std::freopen(out_file.c_str(), "a", stdout);
      FILE* err = std::freopen(err_file.c_str(), "a", stderr);
      (void)out;
      (void)err;
      std::vector<char*> args;
      for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
      args.push_back(nullptr);
      ::execv(args[0], args.data());
      ::_exit(127);
    }
  }
  ~Child() {
    if (running()) Kill(SIGKILL);
    Wait();
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  pid_t pid() const { return pid_; }
  bool running() const { return pid_ > 0 && !exited_ && ::kill(pid_, 0) == 0 && !Reaped(); }
  void Kill(int signal) {
    if (pid_ > 0 && !exited_) ::kill(pid_, signal);
  }
  // Exit code, or -signal if killed by a signal.
  int Wait() {
    if (pid_ <= 0 || exited_) return status_;
    int st = 0;
    ::waitpid(pid_, &st, 0);
    exited_ = true;
    status_ = WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st);
    return status_;
  }

 private:
  bool Reaped() const {
    int st = 0;
    pid_t r = ::waitpid(pid_, &st, WNOHANG);
    if (r == pid_) {
      auto* self = const_cast<Child*>(this);
      self->exited_ = true;
      self->status_ = WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st);
      return true;
    }
    return false;
  }
  pid_t pid_ = -1;
  bool exited_ = false;
  int status_ = -1;
};

// Polls `condition` every 50 ms until it holds or `seconds` pass.
inline bool WaitFor(const std::function<bool()>& condition, double seconds) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return condition();
}

// The value after `prefix` on the first line of `file` that starts with it ("" if none).
inline std::string LineValue(const std::string& file, const std::string& prefix) {
  for (const auto& line : ReadLines(file)) {
    if (line.rfind(prefix, 0) == 0) return line.substr(prefix.size());
  }
  return "";
}

inline std::string GenEventsBinary() {
  return std::filesystem::path(Binary()).parent_path().string() + "/gen_events";
}

// One consumed Kafka record (via kcat).
struct KafkaRecord {
  std::string key;
  std::string value;
  std::string headers;  // kcat's "%h": name=value,name=value
};

// Reads a whole topic with kcat, from the beginning to its current end.
inline std::vector<KafkaRecord> ConsumeTopic(const std::string& broker, const std::string& topic,
                                             const std::string& dir) {
  std::string file = dir + "/consumed-" + topic + ".bin";
  // Each record: key size, value size, headers line, key bytes, value bytes: sizes make the
  // framing exact whatever the bytes are.
  std::string cmd = "kcat -C -b " + broker + " -t " + topic +
                    " -e -o beginning -q -f '%K %S %h\\n%k%s' > '" + file + "' 2>/dev/null";
  if (std::system(cmd.c_str()) != 0) return {};
  std::string data = ReadFile(file);
  std::vector<KafkaRecord> records;
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string::npos) break;
    std::istringstream head(data.substr(pos, nl - pos));
    long key_size = 0, value_size = 0;
    head >> key_size >> value_size;
    KafkaRecord r;
    std::getline(head >> std::ws, r.headers);
    pos = nl + 1;
    if (key_size > 0) {
      r.key = data.substr(pos, key_size);
      pos += key_size;
    }
    if (value_size > 0) {
      r.value = data.substr(pos, value_size);
      pos += value_size;
    }
    records.push_back(std::move(r));
  }
  return records;
}

}  // namespace disclosure::testing
