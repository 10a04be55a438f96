// Resource limits: input files (regular only, bounded), the instruction limit, map memory admission and the
// budget, lazy storage for huge sparse maps, and dumps that leave out all-zero array elements.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "bpfkit/file.h"
#include "bpfkit/map.h"
#include "bpfkit/runtime.h"
#include "bpfkit/vm.h"
#include "support/insn_builder.h"

namespace bpfkit {
namespace {

namespace fs = std::filesystem;

class InputFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/bpfkit-res-test-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(InputFileTest, ReadsARegularFile) {
  std::ofstream(dir_ / "f", std::ios::binary) << "abc";
  auto bytes = read_input_file(dir_ / "f");
  ASSERT_TRUE(bytes) << bytes.error().to_string();
  EXPECT_EQ(*bytes, (std::vector<uint8_t>{'a', 'b', 'c'}));
}

TEST_F(InputFileTest, RefusesADirectoryWithEisdir) {
  auto bytes = read_input_file(dir_);
  ASSERT_FALSE(bytes);
  EXPECT_EQ(bytes.error().error_number, EISDIR);
  EXPECT_EQ(bytes.error().object, dir_.string());
}

// Opening a FIFO without a writer would block in a plain open(); O_NONBLOCK and the S_ISREG check refuse it.
TEST_F(InputFileTest, RefusesAFifoWithoutBlocking) {
  const fs::path fifo = dir_ / "fifo";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  auto bytes = read_input_file(fifo);
  ASSERT_FALSE(bytes);
  EXPECT_EQ(bytes.error().error_number, EINVAL);
  EXPECT_FALSE(check_input_file(fifo));
}

TEST_F(InputFileTest, RefusesADevice) {
  auto bytes = read_input_file("/dev/zero");
  ASSERT_FALSE(bytes);
  EXPECT_EQ(bytes.error().error_number, EINVAL);
}

TEST_F(InputFileTest, RefusesAFileOverTheLimitWithEfbig) {
  std::ofstream(dir_ / "f", std::ios::binary) << std::string(100, 'x');
  auto bytes = read_input_file(dir_ / "f", 99);
  ASSERT_FALSE(bytes);
  EXPECT_EQ(bytes.error().error_number, EFBIG);
  EXPECT_TRUE(read_input_file(dir_ / "f", 100));
}

TEST_F(InputFileTest, BoundsAStreamWithoutASize) {
  // /dev/zero opened directly stands for stdin fed from it: endless, so only the limit ends the read.
  const int fd = open("/dev/zero", O_RDONLY);
  ASSERT_GE(fd, 0);
  auto bytes = read_input_fd(fd, "<stdin>", 1 << 20);
  close(fd);
  ASSERT_FALSE(bytes);
  EXPECT_EQ(bytes.error().error_number, EFBIG);
}

TEST_F(InputFileTest, ObjectOpenUsesTheSameChecks) {
  auto obj = ObjectSpec::open(dir_.string());
  ASSERT_FALSE(obj);
  EXPECT_EQ(obj.error().error_number, EISDIR);
}

// --- program size ---------------------------------------------------------------------------------------------------

TEST(ProgramSize, MoreThanBpfComplexityLimitInsnsIsE2big) {
  std::vector<Insn> insns(kMaxProgramInsns + 1, test::mov(0, 0));
  insns.back() = test::exit_insn();
  auto prog = Program::load(insns);
  ASSERT_FALSE(prog);
  EXPECT_EQ(prog.error().error_number, E2BIG);
  EXPECT_NE(prog.error().message.find("1000000"), std::string::npos) << prog.error().message;

  insns.resize(kMaxProgramInsns);
  insns.back() = test::exit_insn();
  auto at_limit = Program::load(std::move(insns));
  ASSERT_TRUE(at_limit) << at_limit.error().to_string();
}

// --- map memory -----------------------------------------------------------------------------------------------------

MapSpec spec(MapType type, uint32_t key, uint32_t value, uint32_t entries, uint32_t flags = 0) {
  MapSpec s;
  s.type = type;
  s.key_size = key;
  s.value_size = value;
  s.max_entries = entries;
  s.map_flags = flags;
  return s;
}

TEST(MapMemory, MoreThanTheMachineHasIsEnomem) {
  // 2^32 - 1 slots of 8 bytes: 32 GiB, as the kernel's vmalloc refuses beyond the machine's RAM.
  const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
  if (uint64_t(pages) * uint64_t(page) >= (32ull << 30)) GTEST_SKIP() << "this machine has 32 GiB or more";
  for (MapType t : {MapType::ProgArray, MapType::PerfEventArray, MapType::Array}) {
    auto m = create_map(spec(t, 4, t == MapType::Array ? 8 : 4, 0xffffffff));
    ASSERT_FALSE(m) << map_type_name(t);
    EXPECT_EQ(m.error().error_number, ENOMEM) << map_type_name(t);
  }
}

TEST(MapMemory, HashOfMoreThan2To27EntriesIsE2big) {
  // htab_map_alloc(): the bucket array's size must fit in a u32 (16-byte buckets).
  auto budget = std::make_shared<MemoryBudget>(1 << 20);
  auto m = create_map(spec(MapType::Hash, 4, 4, (1u << 27) + 1), budget);
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().error_number, E2BIG);
  // 2^27 entries pass that check and then need more than the budget.
  auto n = create_map(spec(MapType::Hash, 4, 4, 1u << 27), budget);
  ASSERT_FALSE(n);
  EXPECT_EQ(n.error().error_number, ENOMEM);
  EXPECT_EQ(budget->used(), 0u);
}

TEST(MapMemory, BudgetIsChargedAndGivenBackWhenTheMapDies) {
  auto budget = std::make_shared<MemoryBudget>(1 << 20);
  const MapSpec big = spec(MapType::Array, 4, 8, 100000);  // 800 KB
  ASSERT_LE(map_memory_cost(big), budget->limit());
  auto first = create_map(big, budget);
  ASSERT_TRUE(first) << first.error().to_string();
  EXPECT_EQ(budget->used(), map_memory_cost(big));
  EXPECT_EQ((*first)->memory_charged(), map_memory_cost(big));

  auto second = create_map(big, budget);
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().error_number, ENOMEM);
  EXPECT_NE(second.error().message.find("memory limit"), std::string::npos) << second.error().message;

  first->reset();
  EXPECT_EQ(budget->used(), 0u);
  auto third = create_map(big, budget);
  ASSERT_TRUE(third) << third.error().to_string();
}

// A bad attribute is reported as the kernel reports it (EINVAL) even when the map would also be too big.
TEST(MapMemory, AttributeChecksComeBeforeMemory) {
  auto budget = std::make_shared<MemoryBudget>(1);
  auto m = create_map(spec(MapType::Queue, 4, 1024, 1 << 20), budget);  // key_size must be 0
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().error_number, EINVAL);
}

TEST(MapMemory, ObjectLoadHonoursTheMemoryLimit) {
  const std::string path = BPFKIT_BINARY_DIR "/bpf/res_big_array.o";  // one array of 4M u64: 32 MiB
  auto spec_small = ObjectSpec::open(path);
  ASSERT_TRUE(spec_small) << spec_small.error().to_string();
  LoadOptions small;
  small.memory_limit = 1 << 20;
  auto refused = UserspaceObject::load(std::move(*spec_small), small);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().error_number, ENOMEM);
  EXPECT_NE(refused.error().message.find("res_counts"), std::string::npos) << refused.error().message;

  auto spec_default = ObjectSpec::open(path);
  ASSERT_TRUE(spec_default);
  auto loaded = UserspaceObject::load(std::move(*spec_default));
  ASSERT_TRUE(loaded) << loaded.error().to_string();
  ASSERT_NE((*loaded)->memory_budget(), nullptr);
  EXPECT_GE((*loaded)->memory_budget()->used(), uint64_t(4 << 20) * 8);
}

// Sparse and lazily reserved storage: a prog array of 2^28 slots (2 GiB in the kernel) and a queue of 1 GiB cost
// next to nothing until used. (The CLI test checks the time and memory under an address-space limit.)
TEST(MapMemory, HugeProgArrayAndQueueAreLazy) {
  auto prog_array = create_map(spec(MapType::ProgArray, 4, 4, 1u << 28));
  ASSERT_TRUE(prog_array) << prog_array.error().to_string();
  const uint32_t key = (1u << 28) - 1, handle = 7;
  ASSERT_EQ((*prog_array)->update_elem(&key, &handle), 0);
  auto* pa = dynamic_cast<ProgArrayMap*>(prog_array->get());
  ASSERT_NE(pa, nullptr);
  EXPECT_EQ(pa->prog_at(key), std::optional<uint32_t>(7));
  EXPECT_EQ(pa->prog_at(0), std::nullopt);
  const std::vector<MapEntry> entries = dump_map(**prog_array);
  ASSERT_EQ(entries.size(), 1u);  // only the filled slot is visited

  auto queue = create_map(spec(MapType::Queue, 0, 1024, 1 << 20));
  ASSERT_TRUE(queue) << queue.error().to_string();
  std::vector<uint8_t> v(1024, 0x5a), out(1024);
  for (int i = 0; i < 3; ++i) ASSERT_EQ((*queue)->update_elem(nullptr, v.data()), 0);
  ASSERT_EQ((*queue)->lookup_and_delete_elem(nullptr, out.data()), 0);
  EXPECT_EQ(out, v);
}

// --- dumps ----------------------------------------------------------------------------------------------------------

TEST(MapDumpTest, SkipsAllZeroArrayElementsOnRequest) {
  auto m = create_map(spec(MapType::Array, 4, 8, 1000));
  ASSERT_TRUE(m);
  const uint32_t k1 = 5, k2 = 999;
  const uint64_t v1 = 1, v2 = 2;
  ASSERT_EQ((*m)->update_elem(&k1, &v1), 0);
  ASSERT_EQ((*m)->update_elem(&k2, &v2), 0);
  MapDumpOptions opts;
  opts.skip_zero_elements = true;
  const MapDump d = dump_map(**m, opts);
  ASSERT_EQ(d.entries.size(), 2u);
  EXPECT_EQ(d.entries[0].key, (std::vector<uint8_t>{5, 0, 0, 0}));
  EXPECT_EQ(d.entries[1].key, (std::vector<uint8_t>{0xe7, 3, 0, 0}));
  EXPECT_EQ(d.zero_elements_skipped, 998u);
  EXPECT_EQ(dump_map(**m).size(), 1000u);  // the plain dump still has every element
}

TEST(MapDumpTest, ZeroValuesOfHashMapsAreEntries) {
  auto m = create_map(spec(MapType::Hash, 4, 8, 10));
  ASSERT_TRUE(m);
  const uint32_t k = 1;
  const uint64_t zero = 0;
  ASSERT_EQ((*m)->update_elem(&k, &zero), 0);
  MapDumpOptions opts;
  opts.skip_zero_elements = true;
  EXPECT_EQ(dump_map(**m, opts).entries.size(), 1u);  // an element that exists is news, whatever its value
}

}  // namespace
}  // namespace bpfkit
