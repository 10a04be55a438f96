// BPF_PROG_TEST_RUN in userspace: builds the context a program type gets from the kernel's test-run
// (net/bpf/test_run.c), runs the program on it and returns what the syscall returns.
//
// Contexts:
//  - XDP: struct xdp_md over a packet with XDP_PACKET_HEADROOM (256) bytes of headroom, so bpf_xdp_adjust_head
//    and bpf_xdp_adjust_meta work; ctx_in may set data_meta / ingress_ifindex / rx_queue_index as the kernel
//    allows. data_out is the frame from data (after any adjust) to data_end.
//  - SOCKET_FILTER, SCHED_CLS, SCHED_ACT (and the other skb types): struct __sk_buff with the fields test-run
//    fills (len, protocol, pkt_type, data, data_end, ifindex, ...) and the ones ctx_in may set (mark, priority,
//    cb, tstamp, ...). ctx_out is the __sk_buff after the run.
//  - SYSCALL: ctx_in is a plain buffer, writable, copied back to ctx_out.
//  - RAW_TRACEPOINT: ctx_in is the u64 argument array; no data_in.
//
// Packet pointers: the kernel's xdp_md.data and __sk_buff.data are u32 fields the verifier rewrites into 64-bit
// pointer loads. bpfkit runs unrewritten code, so packet buffers are allocated below 4 GiB, where a pointer fits in
// the u32 field and the program's zero-extending load gives back the real address.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/helpers.h"
#include "bpfkit/map.h"
#include "bpfkit/prog_type.h"
#include "bpfkit/vm.h"

namespace bpfkit {

inline constexpr uint32_t BPF_F_TEST_RUN_ON_CPU = 1u << 0;
inline constexpr uint32_t BPF_F_TEST_XDP_LIVE_FRAMES = 1u << 1;

// The default loop budget of a test run: 2^27 backward jumps plus calls. A program the kernel accepts runs at most
// BPF_MAX_LOOPS (2^23) bpf_loop or open-coded iterations, so 16 backward jumps per iteration still fit; an endless
// loop stops within about a second.
inline constexpr uint64_t kDefaultTestRunLoopLimit = 1ull << 27;

struct TestRunOptions {
  std::vector<uint8_t> data_in;
  std::optional<std::vector<uint8_t>> ctx_in;  // nullopt: none given (ctx_size_in = 0)
  // Capacity of the output buffers, as data_size_out / ctx_size_out: output longer than this is truncated and the
  // run reports -ENOSPC. nullopt: unlimited (a caller with a big enough buffer).
  std::optional<uint32_t> data_size_out;
  std::optional<uint32_t> ctx_size_out;
  uint32_t repeat = 1;  // 0 means 1
  uint32_t flags = 0;   // BPF_F_TEST_RUN_ON_CPU
  uint32_t cpu = 0;     // with BPF_F_TEST_RUN_ON_CPU; this_cpu() for per-CPU maps during the run
  // RunContext::loop_limit for each run (0: none): backward jumps plus calls. The kernel's verifier proves
  // termination; until bpfkit's verifier turns endless programs away at load, this default makes every run end.
  uint64_t loop_limit = kDefaultTestRunLoopLimit;
};
// How the fields map to the syscall's: a ctx_in means ctx_in/ctx_size_in were given (an empty one is a
// ctx_size_in of 0 with a pointer: -EINVAL). The caller has a ctx_out buffer when ctx_size_out is set, or when
// ctx_in is (then unlimited); SYSCALL and RAW_TRACEPOINT only count ctx_size_out. data_size_out 0 means no limit,
// as in the kernel. data_size_out set for a type without data output counts as a data_out buffer (-EINVAL there).
// repeat: the kernel rejects any nonzero repeat for SYSCALL and RAW_TRACEPOINT; bpfkit accepts 1 there too, since
// it is the default here.
inline constexpr uint32_t BPF_F_TEST_SKB_CHECKSUM_COMPLETE = 1u << 2;

// Where a redirect verdict (XDP_REDIRECT, TC_ACT_REDIRECT) sends the packet: what the last redirect helper of the
// run left in the kernel's struct bpf_redirect_info. The kernel's test run only returns the verdict and the packet;
// this is what xdp_do_redirect / skb_do_redirect would act on.
struct RedirectTarget {
  enum class Kind : uint8_t { Ifindex, Map } kind = Kind::Ifindex;
  uint32_t ifindex = 0;  // Kind::Ifindex: bpf_redirect's device (or what a failed map lookup left behind)
  std::string map_name;  // Kind::Map: the map bpf_redirect_map named, its type and the key it found
  MapType map_type = MapType::Unspec;
  uint32_t key = 0;
  uint64_t flags = 0;  // BPF_F_INGRESS (tc), BPF_F_BROADCAST | BPF_F_EXCLUDE_INGRESS (devmap)
};

struct TestRunResult {
  uint32_t retval = 0;
  std::vector<uint8_t> data_out;
  std::vector<uint8_t> ctx_out;
  uint64_t duration_ns = 0;  // mean per run
  int err = 0;               // 0, or -ENOSPC when data_out or ctx_out was truncated (the syscall's return value)
  uint32_t data_size_out = 0;  // full size of the output data, even when data_out was truncated (as the kernel)
  uint32_t ctx_size_out = 0;   // full size of the output context
  // Set when the last run returned XDP_REDIRECT (XDP) or TC_ACT_REDIRECT (tc) after calling a redirect helper.
  std::optional<RedirectTarget> redirect;

  // What helpers asked for and bpfkit recorded instead of doing (bpf_send_signal, bpf_override_return), over all
  // repetitions, oldest first. Runs sharing one HelperEnv concurrently may see each other's requests.
  std::vector<HelperRequest> requests;
};

// What the program is, as far as test-run cares.
struct TestRunTarget {
  ProgType type = ProgType::Unspec;
  uint32_t expected_attach_type = 0;
};

// Runs prog repeat times on the context its type gets. env holds the maps (prepare() is called on each run's
// context). An input the kernel refuses (wrong sizes, ctx fields test-run does not allow, a type test-run does not
// support) is an Error with the kernel's errno (EINVAL, ENOTSUPP...); a runtime fault is an Error naming the
// instruction.
Expected<TestRunResult> test_run(const Program& prog, const TestRunTarget& target, HelperEnv& env,
                                 const TestRunOptions& options);

}  // namespace bpfkit
