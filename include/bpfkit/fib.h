// The forwarding table bpf_fib_lookup consults: the network devices, routes and neighbours of a simulated network
// namespace. bpfkit never reads the host's; without a table (HelperConfig::fib unset) a lookup sees an empty
// namespace, as a test run in a fresh netns does: only the loopback device (ifindex 1, forwarding off).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace bpfkit {

inline constexpr uint8_t kAfInet = 2, kAfInet6 = 10;
inline constexpr uint32_t kRtTableMain = 254;  // RT_TABLE_MAIN

// An address of either family; IPv4 uses the first 4 bytes. Network byte order, as on the wire.
using FibAddr = std::array<uint8_t, 16>;

struct FibDevice {
  uint32_t ifindex = 0;
  std::array<uint8_t, 6> mac{};
  uint32_t mtu = 1500;
  bool forwarding = true;  // net.ipv4.conf.DEV.forwarding / net.ipv6.conf.DEV.forwarding
  // The device's addresses (BPF_FIB_LOOKUP_SRC picks the one of the lookup's family).
  bool has_ipv4 = false, has_ipv6 = false;
  FibAddr ipv4{}, ipv6{};
};

struct FibRoute {
  enum Type : uint8_t { Unicast, Blackhole, Unreachable, Prohibit, Local };
  uint8_t family = kAfInet;
  FibAddr dst{};
  uint8_t prefix_len = 0;
  uint32_t ifindex = 0;     // the output device
  bool has_gateway = false;
  FibAddr gateway{};
  uint32_t metric = 0;      // fib_priority, returned in rt_metric
  Type type = Unicast;
  uint32_t table = kRtTableMain;
};

struct FibNeighbour {
  uint8_t family = kAfInet;
  FibAddr ip{};
  uint32_t ifindex = 0;
  std::array<uint8_t, 6> mac{};
};

struct FibTable {
  std::vector<FibDevice> devices;
  std::vector<FibRoute> routes;
  std::vector<FibNeighbour> neighbours;
};

}  // namespace bpfkit
