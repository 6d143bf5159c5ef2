// Passwords (PBKDF2-HMAC-SHA256 through OpenSSL) and user management.
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <string>
#include <vector>

#include "approval/approval.h"
#include "approval/internal.h"

namespace disclosure::approval {
namespace {

constexpr size_t kSaltBytes = 16;
constexpr size_t kHashBytes = 32;
constexpr size_t kMinPasswordChars = 10;

bool Pbkdf2(std::string_view password, const std::string& salt, int iterations,
            unsigned char* out, size_t out_size) {
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                           reinterpret_cast<const unsigned char*>(salt.data()),
                           static_cast<int>(salt.size()), iterations, EVP_sha256(),
                           static_cast<int>(out_size), out) == 1;
}

std::vector<std::string> Split(std::string_view text, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t pos = text.find(sep, start);
    parts.emplace_back(text.substr(start, pos == std::string_view::npos ? text.npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return parts;
}

}  // namespace

namespace internal {

std::string Hex(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

std::optional<std::string> UnHex(std::string_view hex) {
  if (hex.size() % 2 != 0) return std::nullopt;
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  std::string out;
  for (size_t i = 0; i < hex.size(); i += 2) {
    int hi = digit(hex[i]), lo = digit(hex[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
  }
  return out;
}

std::string Sha256Hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(data.data(), data.size(), digest, &size, EVP_sha256(), nullptr);
  return Hex(std::string_view(reinterpret_cast<char*>(digest), size));
}

Result<std::string> RandomHex(size_t bytes) {
  std::string buffer(bytes, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(buffer.data()), static_cast<int>(bytes)) != 1) {
    return Status::Internal("no randomness available");
  }
  return Hex(buffer);
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace internal

Result<std::string> HashPassword(std::string_view password, int iterations) {
  std::string salt(kSaltBytes, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1) {
    return Status::Internal("no randomness for the salt");
  }
  unsigned char hash[kHashBytes];
  if (!Pbkdf2(password, salt, iterations, hash, sizeof hash)) {
    return Status::Internal("PBKDF2 failed");
  }
  return "pbkdf2-sha256$" + std::to_string(iterations) + "$" + internal::Hex(salt) + "$" +
         internal::Hex(std::string_view(reinterpret_cast<char*>(hash), sizeof hash));
}

bool VerifyPassword(std::string_view password, std::string_view encoded) {
  auto parts = Split(encoded, '$');
  if (parts.size() != 4 || parts[0] != "pbkdf2-sha256") return false;
  int iterations = 0;
  for (char c : parts[1]) {
    if (c < '0' || c > '9' || iterations > 100000000) return false;
    iterations = iterations * 10 + (c - '0');
  }
  auto salt = internal::UnHex(parts[2]);
  auto expected = internal::UnHex(parts[3]);
  if (iterations < 1 || !salt || !expected || expected->size() != kHashBytes) return false;
  unsigned char hash[kHashBytes];
  if (!Pbkdf2(password, *salt, iterations, hash, sizeof hash)) return false;
  return internal::ConstantTimeEquals(std::string_view(reinterpret_cast<char*>(hash), kHashBytes),
                                      *expected);
}

namespace {
Status CheckPassword(std::string_view password) {
  size_t chars = 0;  // UTF-8 code points
  for (unsigned char c : password) chars += (c & 0xC0) != 0x80;
  if (chars < kMinPasswordChars) {
    return Status::InvalidArgument("the password must have at least 10 characters");
  }
  return Status::Ok();
}

bool ValidUserName(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}
}  // namespace

Status AddUser(store::Store* store, const std::string& name, Role role,
               std::string_view password, const Clock& clock) {
  if (!ValidUserName(name)) {
    return Status::InvalidArgument("user names are 1-64 characters of a-z A-Z 0-9 . _ -");
  }
  if (Status s = CheckPassword(password); !s.ok()) return s;
  auto hash = HashPassword(password);
  if (!hash.ok()) return hash.status();
  store::UserRow row{name, std::string(ToString(role)), hash.value(), false,
                     clock.Now().ToString()};
  if (Status s = store->InsertUser(row); !s.ok()) return s;
  return store->AppendAudit(clock.Now().ToString(), "system", "user-add", "user:" + name,
                            "role=" + std::string(ToString(role)));
}

Status SetPassword(store::Store* store, const std::string& name, std::string_view password) {
  if (Status s = CheckPassword(password); !s.ok()) return s;
  auto hash = HashPassword(password);
  if (!hash.ok()) return hash.status();
  return store->SetUserPassword(name, hash.value());
}

}  // namespace disclosure::approval
