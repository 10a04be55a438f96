// The callback helpers of standard_helpers() against the kernel: bpf_for_each_map_elem on every map type it
// supports (order, early stop, value writes, the count it returns, flags), bpf_loop, and bpf_tail_call through
// prog_array_resolver(). Programs run as SCHED_CLS test runs in bpfkit and in the kernel.
#include <gtest/gtest.h>

#include <memory>

#include <fmt/format.h>

#include "test_run_harness.h"

namespace bpfkit::trun {
namespace {

constexpr ProgType kTc = ProgType::SchedCls;

// Main: acc = 0, budget = skb->mark; n = bpf_for_each_map_elem(map, cb, &acc, flags); return acc * 256 + n.
// Callback: value += 1; acc = (acc * 31 + key) * 17 + value; stop when the budget runs out. The budget comes from
// the context so that the verifier does not walk every count.
std::vector<Insn> for_each_prog(uint64_t flags) {
  return asm_or_die(fmt::format(R"(
    r9 = *(u32 *)(r1 + 8)
    r1 = map[fd:0]
    r2 = func[cb]
    r3 = r10
    r3 += -16
    r4 = 0
    *(u64 *)(r10 - 16) = r4
    *(u64 *)(r10 - 8) = r9
    r4 = {}
    call bpf_for_each_map_elem
    r6 = r0
    r0 = *(u64 *)(r10 - 16)
    r0 <<= 8
    r0 += r6
    exit
  cb:
    r5 = *(u32 *)(r2 + 0)
    r6 = *(u64 *)(r3 + 0)
    r6 += 1
    *(u64 *)(r3 + 0) = r6
    r7 = *(u64 *)(r4 + 0)
    r7 *= 31
    r7 += r5
    r7 *= 17
    r7 += r6
    *(u64 *)(r4 + 0) = r7
    r7 = *(u64 *)(r4 + 8)
    r7 -= 1
    *(u64 *)(r4 + 8) = r7
    r0 = 0
    if r7 != 0 goto ret
    r0 = 1
  ret:
    exit
  )",
                                flags));
}

// A tc test run whose skb->mark is the callback budget.
TestRunOptions budget(uint32_t limit) {
  TestRunOptions o = with_data(pattern(60));
  std::vector<uint8_t> ctx(192, 0);
  std::memcpy(ctx.data() + 8, &limit, 4);
  o.ctx_in = ctx;
  return o;
}

bool is_percpu(MapType t) {
  return t == MapType::PercpuArray || t == MapType::PercpuHash || t == MapType::LruPercpuHash;
}

// value bytes as userspace passes them: per-CPU maps take one 8-byte slot per possible CPU.
std::vector<uint8_t> value_for(const Map& m, uint64_t v) {
  std::vector<uint8_t> out(m.user_value_size());
  for (size_t off = 0; off + 8 <= out.size(); off += 8) std::memcpy(out.data() + off, &v, 8);
  return out;
}

TEST(ForEachMapElem, EveryMapType) {
  const MapType types[] = {MapType::Array,   MapType::PercpuArray, MapType::Hash,
                           MapType::PercpuHash, MapType::LruHash,  MapType::LruPercpuHash};
  const uint32_t hash_keys[] = {5, 17, 3, 1000, 42, 7, 0x80000001};
  for (MapType type : types) {
    for (uint64_t limit : {1ull, 3ull, 100ull}) {
      SCOPED_TRACE(fmt::format("{} limit {}", map_type_name(type), limit));
      const bool array = type == MapType::Array || type == MapType::PercpuArray;
      MapSpec spec{type, 4, 8, array ? 6u : 16u};
      if (!array) spec.map_flags = BPF_F_ZERO_SEED;  // the kernel's bucket order, reproducibly
      MapPair m(spec);
      if (array) {
        for (uint32_t k = 0; k < 6; ++k) m.update(bytes_of(k), value_for(*m.mine, 100 * k + 1));
      } else {
        for (uint32_t k : hash_keys) m.update(bytes_of(k), value_for(*m.mine, k * 3));
      }
      const Outcome o = run_both(kTc, for_each_prog(0), budget(uint32_t(limit)), {{1, m.mine.get(), m.fd}});
      const uint32_t n = o.retval & 0xff;
      EXPECT_EQ(n, std::min<uint64_t>(limit, array ? 6 : std::size(hash_keys)));
      if (is_percpu(type)) continue;  // the kernel ran on some CPU, bpfkit on CPU 0: values differ by CPU
      for (uint32_t k : array ? std::vector<uint32_t>{0, 1, 2, 3, 4, 5}
                              : std::vector<uint32_t>(std::begin(hash_keys), std::end(hash_keys))) {
        EXPECT_EQ(m.mine_value(k), m.kernel_value(k)) << "key " << k;
      }
    }
  }
}

TEST(ForEachMapElem, PerCpuValueIsThisCpus) {
  MapPair m(MapSpec{MapType::PercpuArray, 4, 8, 2});
  std::vector<uint8_t> v(m.mine->user_value_size(), 0);
  for (size_t cpu = 0; cpu * 8 < v.size(); ++cpu) v[cpu * 8] = uint8_t(10 + cpu);
  m.update(bytes_of(uint32_t(0)), v);
  m.update(bytes_of(uint32_t(1)), v);
  {
    CpuScope on(num_possible_cpus() > 1 ? 1 : 0);
    run_bpfkit(kTc, for_each_prog(0), budget(100), {{1, m.mine.get(), m.fd}});
  }
  const std::vector<uint8_t> after = m.mine_value(0);
  const size_t cpu = num_possible_cpus() > 1 ? 1 : 0;
  EXPECT_EQ(after[cpu * 8], uint8_t(11 + cpu));  // only that CPU's copy was incremented
  EXPECT_EQ(after[0], cpu == 0 ? 11 : 10);
}

TEST(ForEachMapElem, FlagsAndEmptyMaps) {
  MapPair arr(MapSpec{MapType::Array, 4, 8, 4});
  EXPECT_EQ(int32_t(run_both(kTc, for_each_prog(1), budget(100), {{1, arr.mine.get(), arr.fd}})
                        .retval),
            -EINVAL);
  MapPair hash(MapSpec{MapType::Hash, 4, 8, 4});
  EXPECT_EQ(run_both(kTc, for_each_prog(0), budget(100), {{1, hash.mine.get(), hash.fd}}).retval, 0u);
}

TEST(ForEachMapElem, CallbackMayDeleteWhileIterating) {
  // The callback deletes each key it visits: every element is still visited once.
  MapPair m(MapSpec{MapType::Hash, 4, 8, 8, BPF_F_ZERO_SEED});
  for (uint32_t k : {1u, 2u, 3u, 4u, 5u}) m.update(bytes_of(k), bytes_of(uint64_t(k)));
  const auto prog = asm_or_die(R"(
    r1 = map[fd:0]
    r2 = func[cb]
    r3 = 0
    r4 = 0
    call bpf_for_each_map_elem
    exit
  cb:
    call bpf_map_delete_elem
    r0 = 0
    exit
  )");
  EXPECT_EQ(run_both(kTc, prog, with_data(pattern(60)), {{0, m.mine.get(), m.fd}}).retval, 5u);
  for (uint32_t k : {1u, 2u, 3u, 4u, 5u}) EXPECT_TRUE(m.mine_value(k).empty());
}

TEST(BpfLoop, CountsAndLimits) {
  // sum of i for i < n, stopping at i == stop; returns sum * 2^20 + bpf_loop's result.
  struct Case {
    uint64_t n, stop, flags;
  } cases[] = {{0, 99, 0},  {1, 99, 0},  {10, 99, 0}, {10, 4, 0}, {1000, 99999, 0}, {(1u << 23) + 1, 99, 0},
               {10, 99, 1}, {0x100000000ull + 5, 99, 0}};
  for (const Case& c : cases) {
    SCOPED_TRACE(fmt::format("n {} stop {} flags {}", c.n, c.stop, c.flags));
    const auto prog = asm_or_die(fmt::format(R"(
      r1 = {} ll
      r2 = func[cb]
      r3 = r10
      r3 += -8
      r4 = 0
      *(u64 *)(r10 - 8) = r4
      r4 = {}
      call bpf_loop
      r1 = *(u64 *)(r10 - 8)
      r1 <<= 20
      r0 += r1
      if r0 s> -1 goto out
      r0 = 99    ; a negative R0: only when the error is sign-extended
    out:
      exit
    cb:
      r3 = *(u64 *)(r2 + 0)
      r3 += r1
      *(u64 *)(r2 + 0) = r3
      r0 = 0
      if r1 != {} goto ret
      r0 = 1
    ret:
      exit
    )",
                                             c.n, c.flags, c.stop));
    run_both(kTc, prog, with_data(pattern(60)));
  }
}

TEST(TailCall, ThroughProgArrayResolver) {
  // main: bpf_tail_call(ctx, prog_array, index); return 7. Slot 1 holds a program returning 42.
  const auto target = asm_or_die("r0 = 42\nexit\n");
  for (uint32_t index : {0u, 1u, 3u, 4u, 0xffffffffu}) {
    SCOPED_TRACE(fmt::format("index {}", index));
    const auto main_prog = asm_or_die(fmt::format("r2 = map[fd:0]\nr3 = {} ll\ncall bpf_tail_call\nr0 = 7\nexit\n",
                                                  index));
    MapPair pa(MapSpec{MapType::ProgArray, 4, 4, 4});
    // bpfkit: the slot holds a handle into this test's program table.
    static const HelperTable table = standard_helpers();
    auto tp = Program::load(target, &table);
    ASSERT_TRUE(tp.has_value());
    const uint32_t handle = 0, key = 1;
    ASSERT_EQ(pa.mine->update_elem(&key, &handle, 0), 0);
    HelperConfig cfg;
    cfg.tail_call_resolver = prog_array_resolver([&](uint32_t h) { return h == 0 ? &*tp : nullptr; });
    HelperEnv env(cfg);
    const Outcome mine =
        run_bpfkit(kTc, main_prog, with_data(pattern(60)), {{0, pa.mine.get(), pa.fd}}, 0, &env);
    EXPECT_EQ(mine.retval, index == 1 ? 42u : 7u) << mine;
#ifdef BPFKIT_HAVE_LIBBPF
    if (pa.fd >= 0) {
      const int tfd = bpf_prog_load(BPF_PROG_TYPE_SCHED_CLS, "target", "GPL",
                                    reinterpret_cast<const bpf_insn*>(target.data()), target.size(), nullptr);
      ASSERT_GE(tfd, 0);
      ASSERT_EQ(bpf_map_update_elem(pa.fd, &key, &tfd, 0), 0);
      testing::KernelFailure refusal;
      const auto k =
          run_kernel_or_refusal(kTc, main_prog, with_data(pattern(60)), {{0, pa.mine.get(), pa.fd}}, 0, &refusal);
      close(tfd);
      // bpfkit's half was checked against the fixed value above.
      if (!k && testing::skip_for_kernel_refusal(refusal, {})) continue;
      ASSERT_TRUE(k.has_value()) << refusal.log;
      EXPECT_EQ(mine, *k);
    }
#endif
  }
}

TEST(TailCall, WithoutResolverTheRunStops) {
  MapPair pa(MapSpec{MapType::ProgArray, 4, 4, 4});
  const auto main_prog = asm_or_die("r2 = map[fd:0]\nr3 = 0\ncall bpf_tail_call\nr0 = 7\nexit\n");
  const Outcome o = run_bpfkit(kTc, main_prog, with_data(pattern(60)), {{0, pa.mine.get(), pa.fd}});
  EXPECT_EQ(o.err, -10000) << o;
}

TEST(StandardHelpers, NamesTheCallbackHelpers) {
  const HelperTable t = standard_helpers();
  for (auto [id, name] : {std::pair{12, "bpf_tail_call"}, {164, "bpf_for_each_map_elem"}, {181, "bpf_loop"},
                          {44, "bpf_xdp_adjust_head"}, {9, "bpf_skb_store_bytes"}, {11, "bpf_l4_csum_replace"}}) {
    const HelperEntry* e = t.find(id);
    ASSERT_NE(e, nullptr) << id;
    EXPECT_STREQ(e->name, name);
  }
}

}  // namespace
}  // namespace bpfkit::trun
