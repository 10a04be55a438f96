// Map and program types by first kernel (ebpf-docs data/feature-versions.yaml, which agrees with bcc's
// kernel-versions.md on every type both list), kernel version text, and bpftool's type names read back.
#include <array>
#include <charconv>
#include <cstring>

#include <fmt/format.h>

#include "bpfkit/compat.h"

namespace bpfkit {
namespace {

constexpr uint32_t v(uint32_t a, uint32_t b) { return kernel_version_code(a, b); }

// Indexed by enum bpf_map_type.
constexpr std::array kMapTypeSince = {
    0u,        // unspec
    v(3, 19),  // hash
    v(3, 19),  // array
    v(4, 2),   // prog_array
    v(4, 3),   // perf_event_array
    v(4, 6),   // percpu_hash
    v(4, 6),   // percpu_array
    v(4, 6),   // stack_trace
    v(4, 8),   // cgroup_array
    v(4, 10),  // lru_hash
    v(4, 10),  // lru_percpu_hash
    v(4, 11),  // lpm_trie
    v(4, 12),  // array_of_maps
    v(4, 12),  // hash_of_maps
    v(4, 14),  // devmap
    v(4, 14),  // sockmap
    v(4, 15),  // cpumap
    v(4, 18),  // xskmap
    v(4, 18),  // sockhash
    v(4, 19),  // cgroup_storage
    v(4, 19),  // reuseport_sockarray
    v(4, 20),  // percpu_cgroup_storage
    v(4, 20),  // queue
    v(4, 20),  // stack
    v(5, 2),   // sk_storage
    v(5, 4),   // devmap_hash
    v(5, 6),   // struct_ops
    v(5, 8),   // ringbuf
    v(5, 10),  // inode_storage
    v(5, 11),  // task_storage
    v(5, 16),  // bloom_filter
    v(6, 1),   // user_ringbuf
    v(6, 2),   // cgrp_storage
    v(6, 9),   // arena
};
static_assert(kMapTypeSince.size() == size_t(MapType::Arena) + 1);

// Indexed by enum bpf_prog_type.
constexpr std::array kProgTypeSince = {
    0u,        // unspec
    v(3, 19),  // socket_filter
    v(4, 1),   // kprobe
    v(4, 1),   // sched_cls
    v(4, 1),   // sched_act
    v(4, 7),   // tracepoint
    v(4, 8),   // xdp
    v(4, 9),   // perf_event
    v(4, 10),  // cgroup_skb
    v(4, 10),  // cgroup_sock
    v(4, 10),  // lwt_in
    v(4, 10),  // lwt_out
    v(4, 10),  // lwt_xmit
    v(4, 13),  // sock_ops
    v(4, 14),  // sk_skb
    v(4, 15),  // cgroup_device
    v(4, 17),  // sk_msg
    v(4, 17),  // raw_tracepoint
    v(4, 17),  // cgroup_sock_addr
    v(4, 18),  // lwt_seg6local
    v(4, 18),  // lirc_mode2
    v(4, 19),  // sk_reuseport
    v(4, 20),  // flow_dissector
    v(5, 2),   // cgroup_sysctl
    v(5, 2),   // raw_tracepoint_writable
    v(5, 3),   // cgroup_sockopt
    v(5, 5),   // tracing
    v(5, 6),   // struct_ops
    v(5, 6),   // ext
    v(5, 7),   // lsm
    v(5, 9),   // sk_lookup
    v(5, 14),  // syscall
    v(6, 4),   // netfilter
};
static_assert(kProgTypeSince.size() == size_t(ProgType::Netfilter) + 1);

bool parse_uint(std::string_view& text, uint32_t& out) {
  const char* end = text.data() + text.size();
  auto [p, ec] = std::from_chars(text.data(), end, out);
  if (ec != std::errc() || p == text.data()) return false;
  text.remove_prefix(size_t(p - text.data()));
  return true;
}

}  // namespace

std::optional<uint32_t> parse_kernel_version(std::string_view text) {
  if (!text.empty() && (text[0] == 'v' || text[0] == 'V')) text.remove_prefix(1);
  uint32_t major = 0, minor = 0, patch = 0;
  if (!parse_uint(text, major) || text.empty() || text[0] != '.') return std::nullopt;
  text.remove_prefix(1);
  if (!parse_uint(text, minor)) return std::nullopt;
  if (!text.empty() && text[0] == '.') {
    text.remove_prefix(1);
    if (!parse_uint(text, patch)) return std::nullopt;
  }
  // What may follow is a release suffix ("-fc-v1272", "+", "-rc3"), never another digit or dot.
  if (!text.empty() && text[0] != '-' && text[0] != '+' && text[0] != '_' && text[0] != '~') return std::nullopt;
  if (major > 255 || minor > 255) return std::nullopt;
  return kernel_version_code(major, minor, patch);
}

std::string kernel_version_string(uint32_t code) {
  const uint32_t major = code >> 16, minor = (code >> 8) & 0xff, patch = code & 0xff;
  return patch == 0 ? fmt::format("{}.{}", major, minor) : fmt::format("{}.{}.{}", major, minor, patch);
}

uint32_t map_type_first_kernel(MapType type) {
  const auto i = size_t(type);
  return i < kMapTypeSince.size() ? kMapTypeSince[i] : 0;
}

uint32_t prog_type_first_kernel(ProgType type) {
  const auto i = size_t(type);
  return i < kProgTypeSince.size() ? kProgTypeSince[i] : 0;
}

bool prog_type_unprivileged(ProgType type) { return type == ProgType::SocketFilter || type == ProgType::CgroupSkb; }

std::optional<ProgType> prog_type_from_name(std::string_view name) {
  for (uint32_t i = 0; i < kProgTypeSince.size(); ++i)
    if (const char* n = prog_type_name(ProgType(i)); n != nullptr && name == n) return ProgType(i);
  return std::nullopt;
}

std::optional<MapType> map_type_from_name(std::string_view name) {
  for (uint32_t i = 0; i < kMapTypeSince.size(); ++i)
    if (name == map_type_name(MapType(i))) return MapType(i);
  return std::nullopt;
}

}  // namespace bpfkit
