// Program type and map type probes, overrides, and the profile (kernel_features.h).
#include <sys/utsname.h>
#include <unistd.h>

#include <cstring>

#include <fmt/format.h>

#include "bpfkit/compat.h"
#include "bpfkit/disasm.h"
#include "bpfkit/kernel_features.h"
#include "bpfkit/kernel_sys.h"
#include "kernel/features_internal.h"

namespace bpfkit {

namespace kfeat {

// enum bpf_attach_type values some program types must be loaded with.
constexpr uint32_t kCgroupInet4Connect = 10, kCgroupGetsockopt = 21, kLircMode2 = 16, kSkLookup = 36,
                   kNetfilter = 45;
constexpr uint32_t kEnotsupp = 524;  // the kernel's ENOTSUPP

uint32_t probe_attach_type(ProgType t) {
  switch (t) {
    case ProgType::CgroupSockAddr: return kCgroupInet4Connect;
    case ProgType::CgroupSockopt: return kCgroupGetsockopt;
    case ProgType::LircMode2: return kLircMode2;
    case ProgType::SkLookup: return kSkLookup;
    case ProgType::Netfilter: return kNetfilter;
    default: return 0;
  }
}

bool needs_attach_target(ProgType t) {
  return t == ProgType::Tracing || t == ProgType::Lsm || t == ProgType::Ext || t == ProgType::StructOps;
}

ProbeLoad probe_load(ProgType type, std::span<const Insn> insns, uint32_t prog_flags, uint32_t expected_attach_type,
                     uint32_t attach_btf_id) {
  static thread_local std::vector<char> log(16 * 1024);
  kernel::ProgLoadAttr a;
  a.type = type;
  a.insns = insns;
  a.prog_flags = prog_flags;
  a.expected_attach_type = expected_attach_type ? expected_attach_type : probe_attach_type(type);
  a.attach_btf_id = attach_btf_id;
  if (type == ProgType::Kprobe) a.kern_version = KernelFeaturesHost::version_code();
  a.log_level = 1;
  a.log_buf = log;
  auto fd = kernel::prog_load(a);
  ProbeLoad r;
  r.err = fd ? 0 : fd.error().error_number;
  r.log.assign(log.data(), strnlen(log.data(), log.size()));
  return r;
}

std::string errno_name(int err) {
  if (err == kEnotsupp) return "ENOTSUPP";
  const char* name = strerrorname_np(err);
  return name ? name : fmt::format("errno {}", err);
}

uint32_t KernelFeaturesHost::version_code() {
  utsname u{};
  if (uname(&u) != 0) return 0;
  return parse_kernel_version(u.release).value_or(0);
}

}  // namespace kfeat

namespace {

// r0 = 0; exit
const Insn kReturnZero[] = {make_insn(0xb7, 0, 0, 0, 0), make_insn(0x95)};

std::pair<bool, std::string> probe_prog_type(ProgType t) {
  const kfeat::ProbeLoad r = kfeat::probe_load(t, kReturnZero);
  if (r.err == 0) return {true, "loads"};
  // Types that need an attach target get as far as the verifier's attach checks: the type exists.
  if (kfeat::needs_attach_target(t) && r.err != EINVAL) return {true, fmt::format("known ({})", kfeat::errno_name(r.err))};
  if (kfeat::needs_attach_target(t) && !r.log.empty()) {
    std::string last = r.log.substr(0, r.log.find_last_not_of('\n') + 1);
    return {true, "known: " + last.substr(last.rfind('\n') + 1)};
  }
  return {false, kfeat::errno_name(r.err)};
}

kernel::Fd tiny_btf() {
  // [1] int, 4 bytes, signed: key and value type of the local storage probes.
  static const uint32_t words[] = {0x0001eb9f, 24, 0, 16, 16, 5, 1, 0x01000000, 4, 0x01000020};
  std::vector<uint8_t> b(sizeof(words) + 5, 0);
  std::memcpy(b.data(), words, sizeof(words));
  std::memcpy(b.data() + sizeof(words), "\0int", 4);
  auto fd = kernel::btf_load(b);
  return fd ? std::move(*fd) : kernel::Fd();
}

std::pair<bool, std::string> probe_map_type(MapType t) {
  kernel::MapCreateAttr a;
  a.type = t;
  a.key_size = 4;
  a.value_size = 4;
  a.max_entries = 1;
  int expected_err = 0;
  kernel::Fd inner, btf;
  switch (t) {
    case MapType::LpmTrie: a.key_size = 8; a.map_flags = BPF_F_NO_PREALLOC; break;
    case MapType::StackTrace: a.value_size = 8; break;
    case MapType::CgroupStorage: case MapType::PercpuCgroupStorage: a.key_size = 12; a.max_entries = 0; break;
    case MapType::Queue: case MapType::Stack: case MapType::BloomFilter: a.key_size = 0; break;
    case MapType::Ringbuf: case MapType::UserRingbuf:
      a.key_size = a.value_size = 0;
      a.max_entries = uint32_t(sysconf(_SC_PAGESIZE));
      break;
    case MapType::Arena:
      a.key_size = a.value_size = 0;
      a.map_flags = BPF_F_MMAPABLE;
      break;
    case MapType::SkStorage: case MapType::InodeStorage: case MapType::TaskStorage: case MapType::CgrpStorage:
      btf = tiny_btf();
      a.map_flags = BPF_F_NO_PREALLOC;
      a.max_entries = 0;
      a.btf_fd = btf.get();
      a.btf_key_type_id = a.btf_value_type_id = 1;
      break;
    case MapType::ArrayOfMaps: case MapType::HashOfMaps: {
      kernel::MapCreateAttr ia;
      ia.type = MapType::Array;
      ia.key_size = ia.value_size = ia.max_entries = 4;
      auto fd = kernel::map_create(ia);
      if (fd) inner = std::move(*fd);
      a.inner_map_fd = inner.get();
      break;
    }
    case MapType::StructOps:
      // Without a struct_ops BTF type the kernel answers ENOTSUPP, which only a kernel that knows the type gives.
      a.key_size = 4;
      a.value_size = 256;
      expected_err = kfeat::kEnotsupp;
      break;
    default:
      break;
  }
  auto fd = kernel::map_create(a);
  if (fd) return {true, "created"};
  const int err = fd.error().error_number;
  if (expected_err != 0 && err == expected_err) return {true, "known (ENOTSUPP without a struct type)"};
  return {false, kfeat::errno_name(err)};
}

}  // namespace

Expected<KernelFeatures> probe_kernel_features(const FeatureProbeOptions& options) {
  if (auto why = kernel::bpf_unavailable()) return make_error(*why).with_errno(EPERM);
  auto overrides = kfeat::parse_overrides(options.overrides);
  if (!overrides) return std::move(overrides).error();
  KernelFeatures f;
  utsname u{};
  if (uname(&u) == 0) f.release = u.release;
  f.kernel_version = kfeat::KernelFeaturesHost::version_code();
  f.overridden = options.overrides;

  for (uint32_t t = 1; t <= uint32_t(ProgType::Netfilter); ++t) {
    const ProgType type = ProgType(t);
    if (auto o = overrides->prog_types.find(type); o != overrides->prog_types.end()) {
      f.prog_types[type] = o->second;
      f.prog_type_notes[type] = "override";
      continue;
    }
    auto [ok, note] = probe_prog_type(type);
    f.prog_types[type] = ok;
    f.prog_type_notes[type] = note;
  }
  for (uint32_t t = 1; t <= uint32_t(MapType::Arena); ++t) {
    const MapType type = MapType(t);
    if (auto o = overrides->map_types.find(type); o != overrides->map_types.end()) {
      f.map_types[type] = o->second;
      f.map_type_notes[type] = "override";
      continue;
    }
    auto [ok, note] = probe_map_type(type);
    f.map_types[type] = ok;
    f.map_type_notes[type] = note;
  }
  if (options.probe_helpers) kfeat::probe_helpers(f, *overrides);
  kfeat::probe_fentry(f, options, *overrides);
  kfeat::probe_sleepable(f, *overrides);
  kfeat::probe_syscall_prefix(f, options, *overrides);
  return f;
}

VerifierProfile KernelFeatures::to_profile() const {
  VerifierProfile p = VerifierProfile::for_kernel(kernel_version ? kernel_version : kernel_version_code(6, 18));
  p.kernel_release = release;
  p.privileged = geteuid() == 0;
  p.helpers = helpers;
  p.map_types.clear();
  for (const auto& [t, ok] : map_types)
    if (ok) p.map_types.insert(t);
  p.prog_types.clear();
  for (const auto& [t, ok] : prog_types)
    if (ok) p.prog_types.insert(t);
  p.source = fmt::format("bpfkit feature probe of {}", release);
  return p;
}

}  // namespace bpfkit
