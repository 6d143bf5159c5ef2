// Requests per second of the console's queue list (GET /api/items) with 10,000 pending items.
//
// Seeds a temp SQLite store with 10,000 pending items (as the pipeline leaves them), creates an
// approver with `disclosure users add`, starts `disclosure console` on a free port as a child
// process, logs in, then loops GET /api/items over keep-alive connections (a small POSIX-socket
// HTTP/1.1 client, so the figure is the server's, not a client library's).
//
//   build/bench/console_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <arpa/inet.h>
#include <benchmark/benchmark.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "store/store.h"
#include "unit/approval_testing.h"

namespace {

constexpr int kPending = 10000;
constexpr const char* kPassword = "bench-password-123";

std::string SelfDir() {
  return std::filesystem::read_symlink("/proc/self/exe").parent_path().string();
}

// A keep-alive HTTP/1.1 connection to 127.0.0.1:port.
class Connection {
 public:
  explicit Connection(int port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      close(fd_);
      fd_ = -1;
    }
    int one = 1;
    if (fd_ >= 0) setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  }
  ~Connection() {
    if (fd_ >= 0) close(fd_);
  }
  bool ok() const { return fd_ >= 0; }

  // Sends one request; returns the status (0 on a broken connection), headers and body.
  int Request(const std::string& request, std::string* headers, std::string* body) {
    for (size_t sent = 0; sent < request.size();) {
      ssize_t n = write(fd_, request.data() + sent, request.size() - sent);
      if (n <= 0) return 0;
      sent += static_cast<size_t>(n);
    }
    std::string data;
    size_t header_end = std::string::npos;
    size_t length = 0;
    char buffer[65536];
    while (true) {
      if (header_end == std::string::npos) {
        header_end = data.find("\r\n\r\n");
        if (header_end != std::string::npos) {
          auto pos = data.find("Content-Length: ");
          if (pos == std::string::npos || pos > header_end) return 0;
          length = std::strtoul(data.c_str() + pos + 16, nullptr, 10);
        }
      }
      if (header_end != std::string::npos && data.size() >= header_end + 4 + length) break;
      ssize_t n = read(fd_, buffer, sizeof buffer);
      if (n <= 0) return 0;
      data.append(buffer, static_cast<size_t>(n));
    }
    if (headers != nullptr) *headers = data.substr(0, header_end);
    if (body != nullptr) *body = data.substr(header_end + 4, length);
    return std::atoi(data.c_str() + 9);
  }

 private:
  int fd_ = -1;
};

// The console child process with a seeded store, shared by all benchmarks.
struct Server {
  std::filesystem::path dir;
  pid_t pid = -1;
  int port = 0;
  std::string cookie;

  Server() {
    dir = std::filesystem::temp_directory_path() /
          ("disclosure-console-bench-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string url = "sqlite:" + (dir / "store.db").string();
    {
      auto store = disclosure::store::Store::Open(url);
      if (!store.ok()) return;
      (void)store.value()->Begin();
      for (int i = 0; i < kPending; ++i) {
        disclosure::approval::testing::SeedOptions o;
        char deadline[40];
        std::snprintf(deadline, sizeof deadline, "2026-%02d-%02dT23:59:59+08:00", 11 + i % 2,
                      1 + i % 28);
        o.deadline_at = deadline;
        o.unit_code = "53312240000" + std::to_string(i % 10);
        (void)disclosure::approval::testing::SeedPending(
            store.value().get(), "pi_bench" + std::to_string(i), "B-" + std::to_string(i), o);
      }
      (void)store.value()->Commit();
    }
    const std::string bin = SelfDir() + "/../disclosure";
    const std::string add = "printf '%s\\n' '" + std::string(kPassword) + "' | '" + bin +
                            "' users add --db '" + url + "' bench --role approver >/dev/null";
    if (std::system(add.c_str()) != 0) return;
    int out[2];
    if (pipe(out) != 0) return;
    pid = fork();
    if (pid == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      execl(bin.c_str(), bin.c_str(), "console", "--db", url.c_str(), "--listen", "127.0.0.1:0",
            static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    std::string line;
    char c;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    auto colon = line.rfind(':');
    if (colon == std::string::npos) return;
    port = std::atoi(line.c_str() + colon + 1);
    Connection conn(port);
    std::string body = std::string(R"({"name":"bench","password":")") + kPassword + "\"}";
    std::string headers;
    if (conn.Request("POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body,
                     &headers, nullptr) != 200) {
      return;
    }
    cookie = disclosure::approval::testing::CookieToken(
        headers.substr(headers.find("Set-Cookie: ") + 12));
  }
  ~Server() {
    if (pid > 0) {
      kill(pid, SIGTERM);
      waitpid(pid, nullptr, 0);
    }
    std::filesystem::remove_all(dir);
  }
};

Server& TheServer() {
  static Server server;
  return server;
}

void BM_ConsoleList(benchmark::State& state, const std::string& query) {
  Server& server = TheServer();
  if (server.cookie.empty()) {
    state.SkipWithError("console did not start");
    return;
  }
  Connection conn(server.port);
  const std::string request = "GET /api/items" + query + " HTTP/1.1\r\nHost: x\r\nCookie: dsid=" +
                              server.cookie + "\r\n\r\n";
  std::string body;
  size_t bytes = 0;
  for (auto _ : state) {
    if (conn.Request(request, nullptr, &body) != 200) {
      state.SkipWithError("request failed");
      return;
    }
    bytes += body.size();
  }
  state.counters["req/s"] = benchmark::Counter(static_cast<double>(state.iterations()),
                                               benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

// The console's default page (the 500 most urgent of 10,000), a short page, and a filter.
BENCHMARK_CAPTURE(BM_ConsoleList, default_500_of_10000, std::string(""))
    ->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ConsoleList, limit_50_of_10000, std::string("?limit=50"))
    ->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ConsoleList, limit_50_of_10000, std::string("?limit=50"))
    ->UseRealTime()->Threads(4)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ConsoleList, unit_filter_limit_50, std::string("?unit=533122400003&limit=50"))
    ->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
