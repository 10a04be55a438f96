// Embedding bpfkit: load a clang-built BPF object, fill one of its maps, test-run its XDP program on a few packets
// and read what it reported through its ring buffer, all through the installed public headers.
//
//   embed OBJECT.o    (CMake builds embed.bpf.o next to the binary and passes it in the test)
#include <arpa/inet.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

#include <bpfkit/map.h>
#include <bpfkit/object.h>
#include <bpfkit/runtime.h>
#include <bpfkit/test_run.h>

namespace {

// Ethernet + IPv4 header from 10.0.0.<last>.
std::vector<uint8_t> packet_from(uint8_t last) {
  std::vector<uint8_t> p(14 + 20, 0);
  p[12] = 0x08;  // ETH_P_IP
  const uint8_t ip[20] = {0x45, 0, 0, 20, 0, 0, 0, 0, 64, 17, 0, 0, 10, 0, 0, last, 10, 0, 0, 254};
  std::memcpy(p.data() + 14, ip, sizeof(ip));
  return p;
}

int fail(const bpfkit::Error& e) {
  std::fprintf(stderr, "embed: %s\n", e.to_string().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: embed OBJECT.o\n");
    return 2;
  }
  auto spec = bpfkit::ObjectSpec::open(argv[1]);
  if (!spec) return fail(spec.error());
  auto obj = bpfkit::UserspaceObject::load(std::move(*spec));
  if (!obj) return fail(obj.error());

  // Userspace fills the map before the program runs: 10.0.0.1 starts at 100.
  bpfkit::Map* totals = (*obj)->map("totals");
  if (totals == nullptr) return fail(bpfkit::make_error("no map 'totals'"));
  uint32_t key = htonl(0x0a000001);
  uint64_t start = 100;
  if (int err = totals->update_elem(&key, &start, bpfkit::BPF_ANY); err != 0)
    return fail(bpfkit::make_error("update_elem: " + std::string(std::strerror(-err))));

  for (uint8_t src : {1, 2, 1}) {
    bpfkit::TestRunOptions run;
    run.data_in = packet_from(src);
    auto r = (*obj)->test_run("count_sources", run);
    if (!r) return fail(r.error());
    std::printf("packet from 10.0.0.%u: retval %u\n", src, r->retval);
  }

  auto* events = dynamic_cast<bpfkit::RingbufMap*>((*obj)->map("events"));
  if (events == nullptr) return fail(bpfkit::make_error("no ring buffer 'events'"));
  events->consume([](std::span<const uint8_t> rec) {
    uint32_t saddr = 0;
    uint64_t total = 0;
    if (rec.size() < 16) return;
    std::memcpy(&saddr, rec.data(), 4);
    std::memcpy(&total, rec.data() + 8, 8);
    saddr = ntohl(saddr);
    std::printf("event: %u.%u.%u.%u total %llu\n", saddr >> 24, (saddr >> 16) & 255, (saddr >> 8) & 255, saddr & 255,
                static_cast<unsigned long long>(total));
  });
  return 0;
}
