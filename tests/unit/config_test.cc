#include "config/config.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace disclosure::config {
namespace {

TEST(Config, GivenEmptyObjectThenDefaults) {
  auto c = Config::FromText("{}", "c.json");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->store_url, "sqlite:disclosure.db");
  EXPECT_EQ(c->topics.input, "case-events");
  EXPECT_EQ(c->batch_size, 500);
}

TEST(Config, GivenCommentsAndKafkaPropertiesThenParsed) {
  auto c = Config::FromText(R"({
    // the shared store
    "store": "sqlite:/var/lib/disclosure/d.db",
    /* passed through to librdkafka */
    "kafka": {"bootstrap.servers": "10.0.0.1:9092", "security.protocol": "SASL_SSL"},
    "batch": {"size": 200, "linger_ms": 50},
  })", "c.json");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->store_url, "sqlite:/var/lib/disclosure/d.db");
  EXPECT_EQ(c->kafka.at("security.protocol"), "SASL_SSL");
  EXPECT_EQ(c->batch_size, 200);
}

TEST(Config, GivenSyntaxErrorThenMessageNamesFileLineAndColumn) {
  auto c = Config::FromText("{\n  \"store\": \"x\",\n  \"batch\": {\"size\": }\n}", "my.json");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("my.json:3:"), std::string::npos) << c.status().message();
}

TEST(Config, GivenUnknownFieldThenMessageNamesFieldLineAndKnownNames) {
  auto c = Config::FromText("{\n  \"topics\": {\n    \"inptu\": \"x\"\n  }\n}", "my.json");
  ASSERT_FALSE(c.ok());
  const std::string m = c.status().message();
  EXPECT_NE(m.find("my.json:3:"), std::string::npos) << m;
  EXPECT_NE(m.find("topics.inptu"), std::string::npos) << m;
  EXPECT_NE(m.find("input"), std::string::npos) << m;
}

TEST(Config, GivenOutOfRangeNumberThenError) {
  auto c = Config::FromText(R"({"batch": {"size": 0}})", "c.json");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("batch.size"), std::string::npos);
}

TEST(Config, GivenSecretFromEnvThenReadAndErrorNamesOnlyTheVariable) {
  auto c = Config::FromText(R"({"hmac_key": {"env": "DISCLOSURE_TEST_KEY"}})", "c.json");
  ASSERT_TRUE(c.ok());
  ::setenv("DISCLOSURE_TEST_KEY", "s3cret-value-0123456789", 1);
  EXPECT_EQ(ReadSecret(c->hmac_key).value(), "s3cret-value-0123456789");
  ::unsetenv("DISCLOSURE_TEST_KEY");
  auto missing = ReadSecret(c->hmac_key);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("DISCLOSURE_TEST_KEY"), std::string::npos);
}

TEST(Config, GivenKafkaPasswordFromEnvThenPassedThroughButNeverWrittenInTheFile) {
  ::setenv("DISCLOSURE_TEST_SASL", "sasl-secret-42", 1);
  auto c = Config::FromText(R"({"kafka": {"sasl.password": {"env": "DISCLOSURE_TEST_SASL"}}})",
                            "c.json");
  ::unsetenv("DISCLOSURE_TEST_SASL");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->kafka.at("sasl.password"), "sasl-secret-42");
  auto missing = Config::FromText(R"({"kafka": {"sasl.password": {"env": "NOPE_NOT_SET"}}})",
                                  "c.json");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("kafka.sasl.password"), std::string::npos);
}

TEST(Config, GivenSecretFileThenTrailingNewlineDropped) {
  auto path = std::filesystem::temp_directory_path() / "disclosure-config-test.key";
  std::ofstream(path) << "file-secret-abcdef\n";
  SecretRef ref{path.string(), ""};
  EXPECT_EQ(ReadSecret(ref).value(), "file-secret-abcdef");
  std::filesystem::remove(path);
}

TEST(Config, GivenBothFileAndEnvThenError) {
  auto c = Config::FromText(R"({"hmac_key": {"env": "A", "file": "b"}})", "c.json");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("hmac_key"), std::string::npos);
}

}  // namespace
}  // namespace disclosure::config
