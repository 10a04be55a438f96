// The BTF-typed JSON encoder (btf/json_value.h) that `run --map-in` and the tracing inputs share: the layout it
// writes, the ranges it enforces, and the place its errors name.
#include "btf/json_value.h"

#include <cstring>

#include <gtest/gtest.h>

#include "support/object_btf.h"

namespace bpfkit {
namespace {

using nlohmann::json;

btf::Btf typed_btf() { return testing::object_btf(BPFKIT_BINARY_DIR "/bpf/mapin_typed.o"); }

struct Typed {
  btf::Btf btf = typed_btf();
  btf::TypeId value = *btf.find_by_name_kind("typed_value", btf::Kind::Struct);

  Expected<std::vector<uint8_t>> encode(const char* text, std::string_view label = {}) {
    std::vector<uint8_t> out(*btf.resolve_size(value), 0xaa);
    if (auto r = btf::encode_json_value(btf, value, json::parse(text), out, label); !r) return std::move(r).error();
    return out;
  }
};

template <typename T>
T at(const std::vector<uint8_t>& b, size_t off) {
  T v;
  std::memcpy(&v, b.data() + off, sizeof v);
  return v;
}

TEST(BtfJsonValue, WritesMembersBitfieldsAndLeavesTheRest) {
  Typed t;
  auto b = t.encode(R"({"delta": -2, "color": "BLUE", "flags": 5, "level": 31, "name": "ab", "bytes": [1, 2],
                        "pair": [{"lo": 7}, {"hi": "0xffff"}], "on": true, "big": "-9"})");
  ASSERT_TRUE(b) << b.error().message;
  EXPECT_EQ(at<int32_t>(*b, 0), -2);
  EXPECT_EQ(at<uint32_t>(*b, 4), 4u);
  EXPECT_EQ((*b)[8], 5 | 31 << 3);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(&(*b)[9]), 3), std::string("ab\0", 3));
  EXPECT_EQ((*b)[20], 1);  // the anonymous union, found through by member name
  EXPECT_EQ((*b)[22], 0xaa);  // bytes[2]: not given, kept
  EXPECT_EQ(at<uint16_t>(*b, 24), 7u);
  EXPECT_EQ(at<uint16_t>(*b, 26), 0xaaaau);  // pair[0].hi: not given
  EXPECT_EQ(at<uint16_t>(*b, 30), 0xffffu);
  EXPECT_EQ((*b)[32], 1);
  EXPECT_EQ(at<int64_t>(*b, 40), -9);
}

TEST(BtfJsonValue, RangesFollowTheType) {
  Typed t;
  EXPECT_TRUE(t.encode(R"({"delta": -2147483648})"));
  EXPECT_TRUE(t.encode(R"({"delta": "0xffffffff"})"));  // hex is a bit pattern
  const std::vector<std::pair<const char*, const char*>> refused = {
      {R"({"delta": 2147483648})", "member 'delta': 2147483648 does not fit in signed 32 bits"},
      {R"({"delta": "0x100000000"})", "does not fit in 32 bits"},
      {R"({"flags": 8})", "member 'flags': 8 does not fit in unsigned 3 bits"},
      {R"({"flags": -1})", "negative for an unsigned type"},
      {R"({"delta": 1.5})", "1.5 is not an integer"},
      {R"({"color": "PURPLE"})", "'PURPLE' is not an enumerator of enum color"},
      {R"({"name": "123456789"})", "member 'name': string of 9 bytes for char[8]"},
      {R"({"pair": [{}, {}, {}]})", "3 elements for an array of 2"},
      {R"({"pair": [{}, {"lo": 65536}]})", "member 'pair[1].lo': 65536 does not fit in unsigned 16 bits"},
      {R"({"pair": [{}, {"nosuch": 1}]})", "member 'pair[1].nosuch': struct {...} has no member 'nosuch'"},
      {R"({"big": "@x"})", "no kernel memory"},
      {R"([1])", "expected an object for struct typed_value"},
  };
  for (const auto& [text, what] : refused) {
    auto r = t.encode(text, "--map typed");
    ASSERT_FALSE(r) << text;
    EXPECT_EQ(r.error().message.rfind("--map typed: ", 0), 0u) << r.error().message;
    EXPECT_NE(r.error().message.find(what), std::string::npos) << r.error().message;
  }
}

TEST(BtfJsonValue, IntegersOfEitherSign) {
  EXPECT_EQ(*btf::json_integer(json(-1), 64, btf::IntSign::Either), ~uint64_t(0));
  EXPECT_EQ(*btf::json_integer(json(~uint64_t(0)), 64, btf::IntSign::Either), ~uint64_t(0));
  EXPECT_EQ(*btf::json_integer(json("18446744073709551615"), 64, btf::IntSign::Either), ~uint64_t(0));
  EXPECT_FALSE(btf::json_integer(json("18446744073709551616"), 64, btf::IntSign::Either));
  EXPECT_EQ(*btf::json_integer(json("-0"), 8, btf::IntSign::Unsigned), 0u);
  EXPECT_FALSE(btf::json_integer(json(256), 8, btf::IntSign::Either));
  EXPECT_EQ(*btf::json_integer(json(-128), 8, btf::IntSign::Either), uint64_t(-128));
  EXPECT_FALSE(btf::json_integer(json("12a"), 8, btf::IntSign::Either));
  EXPECT_FALSE(btf::json_integer(json::array(), 8, btf::IntSign::Either));
}

}  // namespace
}  // namespace bpfkit
