// The differential corpus: BPF C programs in tests/bpf/corpus/NAME.bpf.c, each with its inputs in NAME.case, run
// once in the running kernel (through libbpf) and once in bpfkit. Both sides produce an Outcome, which must be
// equal field by field.
//
// Case file format (line based; '#' starts a comment; indented lines continue the step above them):
//
//   update MAP KEY => VALUE [flags=N]   userspace BPF_MAP_UPDATE_ELEM (per-CPU maps: VALUE is one CPU's value,
//                                       given to every CPU)
//   delete MAP KEY                      userspace BPF_MAP_DELETE_ELEM
//   push MAP VALUE [flags=N]            update with a NULL key (queue, stack, bloom filter)
//   slot MAP INDEX NAME                 put program NAME into prog array MAP at INDEX, or map NAME into map-in-map
//                                       MAP at (u32) INDEX
//   probe MAP VALUE                     at dump time, look VALUE up in bloom filter MAP (the result is compared)
//   run PROG                            BPF_PROG_TEST_RUN; its inputs follow on indented lines:
//     data VALUE                          data_in (a packet)
//     ctx VALUE                           ctx_in
//     repeat N                            repeat count (XDP and skb programs)
//     flags N / cpu N                     test-run flags (BPF_F_TEST_RUN_ON_CPU = 1,
//                                         BPF_F_TEST_SKB_CHECKSUM_COMPLETE = 4) and the CPU BPF_F_TEST_RUN_ON_CPU
//                                         runs on
//     data_size_out N / ctx_size_out N    output buffer sizes (default: big enough); smaller ones truncate
//                                         with -ENOSPC
//   known_diff WHAT: REASON             a documented kernel quirk bpfkit does not reproduce: WHAT is "map NAME",
//                                       "ringbuf NAME", "perf NAME" or "line N" (the step starting on line N);
//                                       that item is reported, not compared
//
// Fixed expectations, for programs a kernel build may be unable to run (a helper it lacks, see
// support/kernel_refusal.h): checked against bpfkit's outcome always, and against the kernel's where it runs the
// case (so a wrong expectation fails on a kernel that can check it):
//     expect rc N                       (indented under a run) the test-run return code (0 or -errno)
//     expect retval N                   (indented under a run) the program's return value (u32; -N allowed)
//     expect data_out VALUE             (indented under a run) the whole data_out, byte for byte
//     expect ctx_out VALUE              (indented under a run) the whole ctx_out, byte for byte
//   expect map MAP KEY => VALUE         after the last step MAP holds KEY with exactly VALUE (per-CPU maps: every
//                                       possible CPU's value, each padded to 8 bytes, as the dump holds them)
//
// Steps run in order and share map state; every step's return code is part of the Outcome. After the last step
// every map is dumped (see MapContents). Keys and values must have the map's sizes exactly (a step error
// otherwise). Without `ctx`, packet programs get no ctx_out (the kernel only writes one into a buffer it is given,
// and a buffer without ctx_in would change the run: test-run then uses a zeroed context).
//
// VALUE is a list of tokens, concatenated:
//   u8:N u16:N u32:N u64:N        little-endian (host order) integers; i8..i64 accept negative numbers
//   be16:N be32:N be64:N          big-endian (network order) integers
//   ip:A.B.C.D  ip6:ADDR  mac:aa:bb:cc:dd:ee:ff
//   hex:0011aabb                  raw bytes
//   str:"text"  strz:"text"       bytes of text (strz adds the NUL); \n \t \0 \\ \" escapes
//   zero:N                        N zero bytes
// and packet layers, which build headers with correct lengths and checksums (pass csum=N to force a value);
// plain tokens after a layer are its payload and count in those lengths and checksums:
//   eth(dst=MAC, src=MAC, type=N)  vlan(id=N, type=N)
//   ipv4(src=IP, dst=IP, ttl=N, tos=N, id=N, proto=N, frag=N, opts=HEX, csum=N)
//   ipv6(src=IP6, dst=IP6, hop=N, next=N, flow=N)   ext6(type=N, next=N)   (an 8-byte IPv6 extension header)
//   tcp(sport=N, dport=N, seq=N, ack=N, flags=SAFRPU, win=N, csum=N)   udp(sport=N, dport=N, csum=N)
//   icmp(type=N, code=N, id=N, seq=N)   payload("text")   payload(hex:...)   payload(len=N)
// Numbers are decimal or 0x hex, or a variable sampled by each runner right before the step (so a map holding one
// differs between the runners unless a later step overwrites it):
//   $TID $TGID $UID $GID (of the running thread), $MONO_NS $BOOT_NS (clock_gettime MONOTONIC / BOOTTIME), and
//   $USER_PATH: the address of a NUL-terminated copy of kUserPath in this process (user memory for
//   bpf_probe_read_user, as a syscall argument would be), written just before the run so its page is present.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "bpfkit/error.h"

namespace bpfkit::testing::corpus {

using Bytes = std::vector<uint8_t>;

// Per-run variables, sampled on each side just before each run.
inline constexpr char kUserPath[] = "/etc/bpfkit/corpus.conf";

struct RunVars {
  uint64_t mono_ns = 0, boot_ns = 0;
  uint64_t user_path = 0;
  uint32_t tid = 0, tgid = 0, uid = 0, gid = 0;
  static RunVars sample();
};

// A VALUE: its tokens, built into bytes when the run happens (variables bind late).
struct Value {
  std::vector<std::string> tokens;
  int line = 0;
  Expected<Bytes> build(const RunVars& vars) const;
};

struct Step {
  enum class Kind { Update, Delete, Push, Slot, Run };
  Kind kind = Kind::Run;
  int line = 0;
  std::string map;        // Update, Delete, Push, Slot
  Value key, value;       // Update (key, value), Delete (key), Push (value)
  uint64_t flags = 0;     // Update, Push; Run: test-run flags
  uint32_t index = 0;     // Slot
  std::string prog;       // Slot, Run
  std::optional<Value> data, ctx;  // Run
  uint32_t repeat = 0;    // Run: as given (0 when the case gives none, which test-run treats as 1)
  uint32_t cpu = 0;                                       // Run (flags above are the test-run flags)
  std::optional<uint32_t> data_size_out, ctx_size_out;  // Run
  std::string describe() const;  // "line 12: run xdp_fw"
};

struct Probe {
  std::string map;
  Value value;
};

struct KnownDiff {
  std::string what;    // "map NAME", "ringbuf NAME", "perf NAME", "line N"
  std::string reason;
};

// One `expect` line (see the format above).
struct Expectation {
  enum class Kind { Rc, Retval, DataOut, CtxOut, MapValue };
  Kind kind = Kind::Rc;
  int line = 0;
  size_t step = 0;      // Rc..CtxOut: index into Case::steps of the run it is indented under
  int64_t number = 0;   // Rc, Retval
  std::string map;      // MapValue
  Value key, bytes;     // MapValue: key and value; DataOut, CtxOut: the bytes (in `bytes`)
  std::string describe() const;  // "line 7: expect retval 2"
};

struct Case {
  std::string name;        // NAME
  std::string case_path;   // .../tests/bpf/corpus/NAME.case
  std::string object_path; // BUILD/bpf/NAME.o
  std::vector<Step> steps;
  std::vector<Probe> probes;
  std::vector<KnownDiff> known_diffs;
  std::vector<Expectation> expectations;
  const KnownDiff* known_diff(const std::string& what) const;
};

Expected<Case> parse_case(const std::string& text, const std::string& name);
Expected<Case> load_case(const std::string& case_path, const std::string& object_path);

// Every NAME.case in BPFKIT_SOURCE_DIR/tests/bpf/corpus, sorted; the object path is BPFKIT_BINARY_DIR/bpf/NAME.o.
std::vector<std::string> case_names();
std::string case_path(const std::string& name);
std::string object_path(const std::string& name);

// The kconfig file libbpf reads on this machine (/boot/config-$(uname -r), else /proc/config.gz), so bpfkit can be
// given the same one; nullopt if neither exists.
std::optional<std::string> host_kconfig_path();

// ---- outcomes --------------------------------------------------------------------------------------------------

// The result of one step. For map steps only rc is set (0 or -errno); for runs, rc is the test-run syscall result
// (0, or -errno: -ENOSPC for truncated output, -EINVAL for refused input...) and the rest is its output.
struct StepResult {
  std::string step;  // Step::describe()
  int rc = 0;
  std::string error; // a harness or runtime error (not a syscall errno): always a difference
  uint32_t retval = 0;
  Bytes data_out, ctx_out;
};

// A map after the last step, as userspace sees it. Entries are sorted by key (iteration order is not part of the
// contract: the kernel seeds its hash with a random number).
//  - arrays, hashes, LPM tries, per-CPU maps (values for every possible CPU): key -> value bytes;
//  - prog arrays and maps of maps: key -> the name of the program / map in the slot (ids differ between sides);
//  - queues and stacks: their elements in pop order (popped; the map is empty afterwards);
//  - bloom filters: the return code of each `probe`;
//  - ring buffers and perf event arrays: nothing here (their records are in Outcome::ringbuf / perf).
struct MapContents {
  std::string type;  // bpftool's name for the map type
  std::vector<std::pair<Bytes, Bytes>> entries;
  std::vector<std::pair<Bytes, std::string>> slots;
  std::vector<Bytes> elements;
  std::vector<int> probes;
};

struct Outcome {
  std::string load_error;  // the object failed to open or load: nothing else is valid
  std::vector<StepResult> steps;
  std::map<std::string, MapContents> maps;
  std::map<std::string, std::vector<Bytes>> ringbuf;  // per ring buffer map, records in order
  // Per perf event array map: records (the raw sample as perf delivers it: padded with zeros so that 4 + size is a
  // multiple of 8, see pad_perf_record).
  std::map<std::string, std::vector<Bytes>> perf;
};

// perf's PERF_SAMPLE_RAW payload is padded so the u32 size plus data is 8-byte aligned; a kernel reader sees the
// padding. bpfkit's sink gets the exact record, so it is padded with zeros to compare.
Bytes pad_perf_record(Bytes record);

// Field-by-field differences between the kernel's outcome and bpfkit's, one readable line (or block) each; items
// the case marks as known differences are listed in `known` instead.
std::vector<std::string> diff_outcomes(const Case& c, const Outcome& kernel, const Outcome& bpfkit,
                                       std::vector<std::string>* known = nullptr);

// Parses the tokens of one `expect` line (t[0] == "expect"); run_step is the index of the run an indented line
// belongs to (nullopt at top level). Implemented in corpus_expect.cc.
Expected<Expectation> parse_expectation(const std::vector<std::string>& t, int line, std::optional<size_t> run_step);

// Every expectation of c that o does not meet, one readable line each (empty: all met).
std::vector<std::string> check_expectations(const Case& c, const Outcome& o);

// A readable dump of an outcome (for logs).
std::string describe(const Outcome& o);
std::string hex(const Bytes& b, size_t max = 256);

}  // namespace bpfkit::testing::corpus
