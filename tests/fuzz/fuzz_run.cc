// libFuzzer target: whole userspace runs of untrusted objects on untrusted packets.
//
//   input = u16 packet length (little-endian) | packet bytes | a whole BPF ELF object
//
// ObjectSpec::parse, UserspaceObject::load (maps, global data, linking, helper binding), then one test run of every
// loaded program on the packet (as data_in for the packet types, as ctx_in for the others), with a small loop
// budget so every run ends. Load and run errors are expected values; crashes, sanitizer reports, leaks, hangs and
// memory blow-ups (libFuzzer's -rss_limit_mb / -malloc_limit_mb) are findings.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "bpfkit/object.h"
#include "bpfkit/runtime.h"
#include "bpfkit/test_run.h"

namespace {

// Enough for real loops over a packet, small enough that a looping program costs milliseconds.
constexpr uint64_t kLoopBudget = 20000;

bool takes_packet(bpfkit::ProgType t) {
  using bpfkit::ProgType;
  switch (t) {
    case ProgType::Xdp: case ProgType::SocketFilter: case ProgType::SchedCls: case ProgType::SchedAct:
    case ProgType::CgroupSkb: case ProgType::LwtIn: case ProgType::LwtOut: case ProgType::LwtXmit:
    case ProgType::FlowDissector:
      return true;
    default:
      return false;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  size_t packet_len = size_t(data[0]) | size_t(data[1]) << 8;
  if (packet_len > size - 2) packet_len = size - 2;
  std::vector<uint8_t> packet(data + 2, data + 2 + packet_len);
  std::vector<uint8_t> object(data + 2 + packet_len, data + size);

  auto spec = bpfkit::ObjectSpec::parse(std::move(object), "fuzz.o");
  if (!spec) return 0;
  bpfkit::LoadOptions load;
  load.helpers.use_host_identity = false;
  load.helpers.prandom_seed = 1;
  load.kernel_version = 0x061200;
  // The runtime's own checks are what this target fuzzes (fuzz_verifier fuzzes the verifier): mutated programs run
  // unverified and must fail cleanly.
  load.verify = false;
  // A small budget: a mutated max_entries must fail with ENOMEM, not exhaust libFuzzer's RSS limit.
  load.memory_limit = 64 << 20;
  // No host memory for bpf_probe_read_user: an input must not depend on this process's layout.
  load.helpers.read_user_memory = [](uint64_t, void*, size_t) { return false; };
  auto obj = bpfkit::UserspaceObject::load(std::move(*spec), load);
  if (!obj) {
    (void)obj.error().to_string();
    return 0;
  }
  for (const auto& p : (*obj)->programs()) {
    bpfkit::TestRunOptions opt;
    opt.loop_limit = kLoopBudget;
    if (takes_packet(p.spec->type)) opt.data_in = packet;
    else if (!packet.empty()) opt.ctx_in = packet;
    auto r = (*obj)->test_run(p.spec->name, opt);
    if (!r) (void)r.error().to_string();
  }
  return 0;
}
