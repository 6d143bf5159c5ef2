// Internal to approval/: small helpers shared by its files (hex, hashes, tokens, the content
// rendering behind Queue::Show, and the console's request handling without Poco).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "approval/approval.h"

namespace disclosure::approval::internal {

std::string Hex(std::string_view bytes);
std::optional<std::string> UnHex(std::string_view hex);
std::string Sha256Hex(std::string_view data);
Result<std::string> RandomHex(size_t bytes);  // `bytes` random bytes, hex-encoded
bool ConstantTimeEquals(std::string_view a, std::string_view b);

// The placeholder a manual mask of `cls` shows ("[电话]"); "" for an unknown class.
std::string_view PlaceholderFor(std::string_view cls);

// An HTTP request and response as the console's router sees them: Poco stays at the edge, so
// the routing and security logic can be tested and fuzzed without sockets.
struct HttpRequest {
  std::string method;
  std::string path;   // without the query
  std::map<std::string, std::string> query;
  std::string cookie_token;  // the session cookie's value, if any
  std::string csrf_header;   // X-CSRF-Token
  std::string client;        // client address, for login throttling only (never logged)
  std::string body;
};
struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::string set_cookie;  // full Set-Cookie value, if any
  bool cache = false;      // static files may be cached; the API never is
};

// Percent-decodes a query component ('+' is a space); nullopt for a malformed escape.
std::optional<std::string> UrlDecode(std::string_view text);
std::map<std::string, std::string> ParseQuery(std::string_view query);

}  // namespace disclosure::approval::internal
