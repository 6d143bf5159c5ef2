// The pseudonymous ids (item_id, case_ref) are HMAC-SHA256 of the event and case ids under the
// store's key: checked against OpenSSL's one-shot HMAC, for short, block-sized and long keys and
// for a key that changes between calls.
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <string>

#include "connector/connector.h"

namespace disclosure::connector {
namespace {

std::string ReferenceHex(const std::string& key, const std::string& message, size_t digits) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(message.data()), message.size(), digest, &size);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < size; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out.substr(0, digits);
}

TEST(PseudonymousIds, GivenKeysOfEverySizeThenIdsAreTheHmacOfTheirPrefixedInput) {
  const std::string keys[] = {"k", std::string(32, 'a'), std::string(64, 'b'),
                              std::string(65, 'c'), std::string(200, '\x01')};
  for (const std::string& key : keys) {
    for (const std::string id : {"E-2026-000123", "", "EX-0001"}) {
      EXPECT_EQ(MakeItemId(key, EventId(id)).value(), "pi_" + ReferenceHex(key, "item:" + id, 24))
          << "key size " << key.size();
      EXPECT_EQ(MakeCaseRef(key, PersonalText(id)).value(),
                "cr_" + ReferenceHex(key, "case:" + id, 24))
          << "key size " << key.size();
    }
  }
}

TEST(PseudonymousIds, GivenTheKeyChangesBetweenCallsThenEachCallUsesItsOwnKey) {
  const EventId id("E-2026-000001");
  std::string first = MakeItemId("key-one", id).value();
  std::string second = MakeItemId("key-two", id).value();
  EXPECT_NE(first, second);
  EXPECT_EQ(MakeItemId("key-one", id).value(), first);
  EXPECT_EQ(first, "pi_" + ReferenceHex("key-one", "item:E-2026-000001", 24));
}

}  // namespace
}  // namespace disclosure::connector
