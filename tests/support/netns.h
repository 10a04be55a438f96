// A network namespace of the test's own, and a veth pair in it, for attachment tests that need real interfaces and
// traffic nobody else makes. Everything made here goes with the namespace when the test leaves it (the kernel
// destroys a namespace's devices, and with them their qdiscs and filters, when its last process is gone).
#pragma once

#include <fcntl.h>
#include <linux/if_ether.h>
#include <linux/if_link.h>
#include <linux/if_packet.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <arpa/inet.h>

#include <cstring>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "kernel/netlink.h"

namespace bpfkit::testing {

// This process in a fresh network namespace with lo up; back in the original one on destruction.
class Netns {
 public:
  // nullopt when entered, else why not (a skip reason).
  std::optional<std::string> enter() {
    orig_ = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    if (orig_ < 0) return std::string("cannot open /proc/self/ns/net: ") + std::strerror(errno);
    if (unshare(CLONE_NEWNET) != 0) return std::string("unshare(CLONE_NEWNET): ") + std::strerror(errno);
    if (auto why = set_up("lo")) return "bringing lo up in the new namespace: " + *why;
    return std::nullopt;
  }
  ~Netns() {
    if (orig_ >= 0) {
      EXPECT_EQ(setns(orig_, CLONE_NEWNET), 0) << std::strerror(errno);
      close(orig_);
    }
  }

  // IFF_UP on an interface; nullopt when done, else why not.
  static std::optional<std::string> set_up(const std::string& ifname) {
    int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, ifname.c_str(), IFNAMSIZ - 1);
    bool up = s >= 0 && ioctl(s, SIOCGIFFLAGS, &ifr) == 0;
    ifr.ifr_flags |= IFF_UP;
    up = up && ioctl(s, SIOCSIFFLAGS, &ifr) == 0;
    const int err = errno;
    if (s >= 0) close(s);
    if (!up) return ifname + ": " + std::strerror(err);
    return std::nullopt;
  }

  // A veth pair a <-> b, both up (RTM_NEWLINK, kind "veth", the peer in VETH_INFO_PEER); nullopt when made, else
  // why not (a kernel without veth is a skip reason).
  static std::optional<std::string> add_veth(const std::string& a, const std::string& b) {
    namespace nl = kernel::netlink;
    nl::Message m(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL);
    ifinfomsg ifi{};
    ifi.ifi_family = AF_UNSPEC;
    m.put_header(ifi);
    m.put_string(IFLA_IFNAME, a);
    const size_t linkinfo = m.begin_nested(IFLA_LINKINFO);
    m.put_string(IFLA_INFO_KIND, "veth");
    const size_t data = m.begin_nested(IFLA_INFO_DATA);
    const size_t peer = m.begin_nested(VETH_INFO_PEER);
    m.put_header(ifi);  // the peer's ifinfomsg, then its attributes
    m.put_string(IFLA_IFNAME, b);
    m.end_nested(peer);
    m.end_nested(data);
    m.end_nested(linkinfo);
    if (auto ok = nl::request(m); !ok) return "veth " + a + "/" + b + ": " + ok.error().message;
    for (const std::string& n : {a, b})
      if (auto why = set_up(n)) return why;
    return std::nullopt;
  }

 private:
  int orig_ = -1;
};

// Ethernet frames of a local experimental ethertype (0x88b5, which tests/bpf/tc_legacy.bpf.c counts) sent through a
// packet socket on an interface: they leave through its egress hook and, on a veth, arrive at the peer's ingress.
inline constexpr uint16_t kTestEthertype = 0x88b5;

// How many of the n frames the interface took (a frame its egress filter shoots is refused: ENOBUFS), or -1 when
// no packet socket could be made there.
inline int send_test_frames(const std::string& ifname, int n) {
  int s = socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC, 0);  // protocol 0: sends only, receives nothing
  if (s < 0) return -1;
  sockaddr_ll to{};
  to.sll_family = AF_PACKET;
  to.sll_ifindex = int(if_nametoindex(ifname.c_str()));
  to.sll_halen = ETH_ALEN;
  std::memset(to.sll_addr, 0xff, ETH_ALEN);
  unsigned char frame[60] = {};
  std::memset(frame, 0xff, ETH_ALEN);                            // broadcast destination
  frame[6] = 0x02;                                               // a locally administered source
  frame[12] = kTestEthertype >> 8;
  frame[13] = kTestEthertype & 0xff;
  if (to.sll_ifindex == 0) {
    close(s);
    return -1;
  }
  int sent = 0;
  for (int i = 0; i < n; ++i)
    if (sendto(s, frame, sizeof(frame), 0, reinterpret_cast<sockaddr*>(&to), sizeof(to)) == sizeof(frame)) ++sent;
  close(s);
  return sent;
}

}  // namespace bpfkit::testing
