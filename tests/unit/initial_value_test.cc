// ObjectSpec::set_initial_value (libbpf's bpf_map__set_initial_value): global data set before load, and what it
// refuses; UserspaceObject::shared_map. With tests/bpf/mapin_filter.bpf.c, whose .rodata holds a per-source budget.
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "bpfkit/runtime.h"

namespace bpfkit {
namespace {

const std::string kFilter = BPFKIT_BINARY_DIR "/bpf/mapin_filter.o";
constexpr uint32_t kXdpDrop = 1, kXdpPass = 2;

std::vector<uint8_t> packet_from_10_0_0_1() {
  std::vector<uint8_t> p(34, 0);
  p[12] = 0x08;
  const uint8_t ip[20] = {0x45, 0, 0, 20, 0, 0, 0, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2};
  std::memcpy(p.data() + 14, ip, sizeof ip);
  return p;
}

std::vector<uint32_t> verdicts(UserspaceObject& obj, int packets) {
  std::vector<uint32_t> out;
  TestRunOptions run;
  run.data_in = packet_from_10_0_0_1();
  for (int i = 0; i < packets; ++i) {
    auto r = obj.test_run("mapin_filter", run);
    EXPECT_TRUE(r) << r.error().to_string();
    out.push_back(r ? r->retval : 0);
  }
  return out;
}

TEST(InitialValue, RodataSetBeforeLoadIsWhatProgramsRead) {
  auto spec = ObjectSpec::open(kFilter);
  ASSERT_TRUE(spec) << spec.error().to_string();
  const MapDefinition* rodata = spec->map(".rodata");
  ASSERT_NE(rodata, nullptr);
  ASSERT_EQ(rodata->spec.value_size, 4u);  // max_per_src only
  const uint32_t budget = 2;
  std::vector<uint8_t> bytes(4);
  std::memcpy(bytes.data(), &budget, 4);
  ASSERT_TRUE(spec->set_initial_value(".rodata", bytes));
  EXPECT_EQ(spec->map(".rodata")->initial_value, bytes);

  auto obj = UserspaceObject::load(std::move(*spec));
  ASSERT_TRUE(obj) << obj.error().to_string();
  EXPECT_EQ(verdicts(**obj, 3), (std::vector<uint32_t>{kXdpPass, kXdpPass, kXdpDrop}));

  // Unchanged, the object's budget is 0 (none).
  auto plain_spec = ObjectSpec::open(kFilter);
  ASSERT_TRUE(plain_spec);
  auto plain = UserspaceObject::load(std::move(*plain_spec));
  ASSERT_TRUE(plain);
  EXPECT_EQ(verdicts(**plain, 3), (std::vector<uint32_t>{kXdpPass, kXdpPass, kXdpPass}));
}

TEST(InitialValue, BssAndDataTakeTheirBytes) {
  auto spec = ObjectSpec::open(kFilter);
  ASSERT_TRUE(spec);
  const uint64_t packets = 41;
  std::vector<uint8_t> bss(8), data(4);
  std::memcpy(bss.data(), &packets, 8);
  const uint32_t pass = kXdpPass;
  std::memcpy(data.data(), &pass, 4);  // drop_verdict: blocked sources now get XDP_PASS
  ASSERT_TRUE(spec->set_initial_value(".bss", bss));
  ASSERT_TRUE(spec->set_initial_value(".data", data));
  auto obj = UserspaceObject::load(std::move(*spec));
  ASSERT_TRUE(obj) << obj.error().to_string();
  Map* blocked = (*obj)->map("blocked");
  ASSERT_NE(blocked, nullptr);
  const uint32_t src = 0x0100000a;  // 10.0.0.1 in network order
  std::vector<uint8_t> value(blocked->value_size(), 0);
  ASSERT_EQ(blocked->update_elem(&src, value.data()), 0);
  EXPECT_EQ(verdicts(**obj, 1), (std::vector<uint32_t>{kXdpPass}));
  Map* bss_map = (*obj)->map(".bss");
  ASSERT_NE(bss_map, nullptr);
  const uint32_t zero = 0;
  uint64_t seen = 0;
  ASSERT_EQ(bss_map->lookup_elem(&zero, &seen), 0);
  EXPECT_EQ(seen, 42u);
}

TEST(InitialValue, RefusesWhatLibbpfRefuses) {
  auto spec = ObjectSpec::open(kFilter);
  ASSERT_TRUE(spec);
  const std::vector<uint8_t> four(4, 0), three(3, 0);
  auto wrong_size = spec->set_initial_value(".rodata", three);
  ASSERT_FALSE(wrong_size);
  EXPECT_EQ(wrong_size.error().error_number, EINVAL);
  EXPECT_NE(wrong_size.error().message.find("value_size is 4"), std::string::npos) << wrong_size.error().message;
  auto not_internal = spec->set_initial_value("config", four);
  ASSERT_FALSE(not_internal);
  EXPECT_EQ(not_internal.error().error_number, EINVAL);
  auto missing = spec->set_initial_value("nosuch", four);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().error_number, ENOENT);
  EXPECT_TRUE(spec->map(".rodata")->initial_value.empty() ||
              spec->map(".rodata")->initial_value == std::vector<uint8_t>(4, 0));  // unchanged by the failures
}

TEST(InitialValue, SharedMapIsTheMapAtThatIndex) {
  auto spec = ObjectSpec::open(kFilter);
  ASSERT_TRUE(spec);
  auto obj = UserspaceObject::load(std::move(*spec));
  ASSERT_TRUE(obj);
  for (size_t i = 0; i < (*obj)->map_count(); ++i) EXPECT_EQ((*obj)->shared_map(i).get(), &(*obj)->map_at(i));
  // A map of maps takes it: slot 1 of outer_arr now holds inner_b.
  auto* outer = dynamic_cast<MapOfMaps*>((*obj)->map("outer_arr"));
  ASSERT_NE(outer, nullptr);
  const uint32_t key = 1;
  auto inner_b = (*obj)->spec().map_index("inner_b");
  ASSERT_TRUE(inner_b);
  ASSERT_EQ(outer->update_map(&key, (*obj)->shared_map(*inner_b)), 0);
  EXPECT_EQ(outer->inner_at(&key).get(), (*obj)->map("inner_b"));
}

}  // namespace
}  // namespace bpfkit
