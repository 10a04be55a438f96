// Shared harness of the test-run and packet-helper tests: one program, one TestRunOptions, run by bpfkit's
// test_run() and by the kernel's BPF_PROG_TEST_RUN (loaded through libbpf's low-level API), with the outcomes in
// one shape so tests can require them equal.
#pragma once

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <fmt/format.h>

#include "bpfkit/asm.h"
#include "bpfkit/helpers.h"
#include "bpfkit/map.h"
#include "bpfkit/test_run.h"
#include "support/kernel_refusal.h"
#include "support/kernel_runner.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <linux/bpf.h>
#endif

namespace bpfkit::trun {

#define SKIP_WITHOUT_KERNEL()                                                      \
  do {                                                                             \
    if (const auto& why = ::bpfkit::testing::kernel_unavailable()) GTEST_SKIP() << *why; \
  } while (0)

// What BPF_PROG_TEST_RUN gave: err is 0 or the negative errno of the syscall (or test_run's Error), the rest as
// the kernel reports it.
struct Outcome {
  int err = 0;
  uint32_t retval = 0;
  std::vector<uint8_t> data_out;
  std::vector<uint8_t> ctx_out;
  uint32_t data_size_out = 0;
  uint32_t ctx_size_out = 0;
  std::string message;  // bpfkit's error text, for failure output

  bool operator==(const Outcome& o) const {
    return err == o.err && retval == o.retval && data_out == o.data_out && ctx_out == o.ctx_out &&
           data_size_out == o.data_size_out && ctx_size_out == o.ctx_size_out;
  }
};

inline std::string hex(const std::vector<uint8_t>& v) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i == 96) return s + "...";
    const uint8_t b = v[i];
    static const char* d = "0123456789abcdef";
    s += d[b >> 4];
    s += d[b & 15];
  }
  return s;
}

inline std::ostream& operator<<(std::ostream& os, const Outcome& o) {
  return os << "{err " << o.err << " retval " << o.retval << " (" << int32_t(o.retval) << ") data_size_out "
            << o.data_size_out << " data " << hex(o.data_out) << " ctx_size_out " << o.ctx_size_out << " ctx "
            << hex(o.ctx_out) << (o.message.empty() ? "" : " msg: " + o.message) << "}";
}

inline std::vector<Insn> asm_or_die(std::string_view text) {
  auto p = assemble(text);
  EXPECT_TRUE(p.has_value()) << (p ? "" : p.error().to_string());
  return p ? *p : std::vector<Insn>{};
}

template <class T>
std::vector<uint8_t> bytes_of(const T& v) {
  std::vector<uint8_t> b(sizeof v);
  std::memcpy(b.data(), &v, sizeof v);
  return b;
}

// The same map in bpfkit and (where bpf() works) in the kernel, for programs that report through maps.
struct MapPair {
  std::unique_ptr<Map> mine;
  int fd = -1;

  explicit MapPair(const MapSpec& spec) {
    auto m = create_map(spec);
    EXPECT_TRUE(m.has_value()) << (m ? "" : m.error().to_string());
    if (m) mine = std::move(*m);
#ifdef BPFKIT_HAVE_LIBBPF
    if (!::bpfkit::testing::kernel_unavailable()) {
      LIBBPF_OPTS(bpf_map_create_opts, mopts, .map_flags = spec.map_flags);
      fd = bpf_map_create(bpf_map_type(spec.type), "trun", spec.key_size, spec.value_size, spec.max_entries, &mopts);
      EXPECT_GE(fd, 0) << "bpf_map_create: " << strerror(errno);
    }
#endif
  }
  MapPair(const MapPair&) = delete;
  MapPair& operator=(const MapPair&) = delete;
  ~MapPair() {
    if (fd >= 0) close(fd);
  }

  void update(const std::vector<uint8_t>& key, const std::vector<uint8_t>& value) {
    EXPECT_EQ(mine->update_elem(key.data(), value.data(), 0), 0);
#ifdef BPFKIT_HAVE_LIBBPF
    if (fd >= 0) {
      EXPECT_EQ(bpf_map_update_elem(fd, key.data(), value.data(), 0), 0) << strerror(errno);
    }
#endif
  }
  std::vector<uint8_t> mine_value(const std::vector<uint8_t>& key) {
    std::vector<uint8_t> v(mine->user_value_size());
    if (mine->lookup_elem(key.data(), v.data(), 0) != 0) return {};
    return v;
  }
  // The kernel's copy (bpfkit's when there is no kernel, so comparisons hold trivially).
  std::vector<uint8_t> kernel_value(const std::vector<uint8_t>& key) {
#ifdef BPFKIT_HAVE_LIBBPF
    if (fd >= 0) {
      std::vector<uint8_t> v(mine->user_value_size());
      if (bpf_map_lookup_elem(fd, key.data(), v.data()) != 0) return {};
      return v;
    }
#endif
    return mine_value(key);
  }
  std::vector<uint8_t> mine_value(uint32_t key) { return mine_value(bytes_of(key)); }
  std::vector<uint8_t> kernel_value(uint32_t key) { return kernel_value(bytes_of(key)); }
};

inline void append_insns(std::vector<Insn>& to, const std::vector<Insn>& more) {
  to.insert(to.end(), more.begin(), more.end());
}

// Map references in a program: instruction index -> map. The bpfkit side binds the Map*, the kernel side the fd.
struct MapRef {
  size_t insn;
  Map* map;
  int kernel_fd;
};

inline Outcome run_bpfkit(ProgType type, std::vector<Insn> insns, const TestRunOptions& opt,
                          const std::vector<MapRef>& maps = {}, uint32_t attach_type = 0,
                          HelperEnv* shared_env = nullptr) {
  static const HelperTable table = standard_helpers();
  HelperEnv local_env;
  HelperEnv& env = shared_env != nullptr ? *shared_env : local_env;
  for (const MapRef& m : maps) {
    EXPECT_TRUE(bind_map(insns, m.insn, m.map));
    env.add_map(m.map);
  }
  Outcome out;
  auto prog = Program::load(insns, &table);
  if (!prog) {
    ADD_FAILURE() << "load: " << prog.error().to_string();
    out.err = -9999;
    return out;
  }
  TestRunTarget target{type, attach_type};
  auto r = test_run(*prog, target, env, opt);
  if (!r) {
    out.err = -r.error().error_number;
    out.message = r.error().to_string();
    if (out.err == 0) out.err = -10000;  // a runtime fault: no kernel errno
    return out;
  }
  out.err = r->err;
  out.retval = r->retval;
  out.data_out = r->data_out;
  out.ctx_out = r->ctx_out;
  out.data_size_out = r->data_size_out;
  out.ctx_size_out = r->ctx_size_out;
  return out;
}

#ifdef BPFKIT_HAVE_LIBBPF
// The kernel wants BTF func_info for programs with callbacks (BPF_PSEUDO_FUNC): one FUNC per function start, all
// "int f(void)" with static linkage, which is all the verifier needs for static functions.
struct FuncInfo {
  int btf_fd = -1;
  std::vector<bpf_func_info> info;
};
inline FuncInfo func_info_for(const std::vector<Insn>& insns) {
  std::vector<uint32_t> starts = {0};
  bool callbacks = false;
  for (size_t i = 0; i < insns.size(); ++i) {
    const Insn& in = insns[i];
    const bool call = in.opcode == 0x85 && in.src == 1;
    const bool func = in.opcode == 0x18 && in.src == 4;
    callbacks |= func;
    if (call || func) starts.push_back(uint32_t(int64_t(i) + 1 + in.imm));
    if (in.opcode == 0x18) ++i;
  }
  FuncInfo fi;
  if (!callbacks) return fi;
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  std::string strs(1, '\0');
  auto str = [&](const std::string& x) {
    const uint32_t off = uint32_t(strs.size());
    strs += x;
    strs += '\0';
    return off;
  };
  std::vector<uint32_t> types = {str("int"), 1u << 24, 4, 0x01000020,  // [1] int
                                 0, 13u << 24, 1};                     // [2] int (void)
  for (size_t k = 0; k < starts.size(); ++k) {
    types.insert(types.end(), {str(fmt::format("f{}", k)), 12u << 24, 2});  // [3 + k] static int fk(void)
    fi.info.push_back(bpf_func_info{starts[k], uint32_t(3 + k)});
  }
  const uint32_t type_len = uint32_t(types.size() * 4);
  const uint32_t hdr[5] = {24, 0, type_len, type_len, uint32_t(strs.size())};  // hdr_len, type_off/len, str_off/len
  std::vector<uint8_t> blob(24);
  const uint16_t magic = 0xeb9f;
  std::memcpy(blob.data(), &magic, 2);
  blob[2] = 1;  // version
  blob[3] = 0;  // flags
  std::memcpy(blob.data() + 4, hdr, 20);
  const size_t at = blob.size();
  blob.resize(at + types.size() * 4);
  std::memcpy(blob.data() + at, types.data(), types.size() * 4);
  blob.insert(blob.end(), strs.begin(), strs.end());
  fi.btf_fd = bpf_btf_load(blob.data(), blob.size(), nullptr);
  EXPECT_GE(fi.btf_fd, 0) << "bpf_btf_load: " << strerror(errno);
  return fi;
}
#endif

// The kernel's outcome, or nullopt (with what the kernel said in *failure) if it refused the program. ctx_out
// follows bpfkit's convention: a buffer when ctx_size_out or ctx_in is set. A program calling a helper listed in
// BPFKIT_TEST_KERNEL_LACKS_HELPERS is refused as a kernel without it refuses it.
inline std::optional<Outcome> run_kernel_or_refusal(ProgType type, std::vector<Insn> insns, const TestRunOptions& opt,
                                                    const std::vector<MapRef>& maps, uint32_t attach_type,
                                                    ::bpfkit::testing::KernelFailure* failure) {
  ::bpfkit::testing::KernelFailure f;
  f.prog_types = {uint32_t(type)};
  if (attach_type != 0) f.attach_type = attach_type;
  if (auto sim = ::bpfkit::testing::simulated_refusal(insns)) {
    f.err = sim->err;
    f.log = sim->log;
    if (failure) *failure = std::move(f);
    return std::nullopt;
  }
#ifdef BPFKIT_HAVE_LIBBPF
  for (const MapRef& m : maps) {
    insns[m.insn].imm = m.kernel_fd;
    insns[m.insn].src = 1;  // BPF_PSEUDO_MAP_FD
  }
  std::vector<char> buf(1 << 20);
  LIBBPF_OPTS(bpf_prog_load_opts, lopts, .expected_attach_type = bpf_attach_type(attach_type), .log_level = 1,
              .log_size = uint32_t(buf.size()), .log_buf = buf.data());
  if (type == ProgType::Syscall) lopts.prog_flags = BPF_F_SLEEPABLE;  // syscall programs must be sleepable
  FuncInfo fi = func_info_for(insns);
  if (fi.btf_fd >= 0) {
    lopts.prog_btf_fd = uint32_t(fi.btf_fd);
    lopts.func_info = fi.info.data();
    lopts.func_info_cnt = uint32_t(fi.info.size());
    lopts.func_info_rec_size = sizeof(bpf_func_info);
  }
  const int fd = bpf_prog_load(bpf_prog_type(type), "trun", "GPL", reinterpret_cast<const bpf_insn*>(insns.data()),
                               insns.size(), &lopts);
  const int load_errno = errno;
  if (fi.btf_fd >= 0) close(fi.btf_fd);
  if (fd < 0) {
    f.err = load_errno;
    f.log = buf.data();
    if (failure) *failure = std::move(f);
    return std::nullopt;
  }
  const bool syscall_like = type == ProgType::Syscall || type == ProgType::RawTracepoint;
  std::vector<uint8_t> ctx_in = opt.ctx_in.value_or(std::vector<uint8_t>());
  std::vector<uint8_t> data_out(1 << 17, 0), ctx_out(1 << 12, 0);
  const bool want_ctx = syscall_like ? opt.ctx_size_out.has_value() : (opt.ctx_size_out || opt.ctx_in);
  LIBBPF_OPTS(bpf_test_run_opts, r);
  r.data_in = opt.data_in.empty() ? nullptr : opt.data_in.data();
  r.data_size_in = uint32_t(opt.data_in.size());
  if (!syscall_like || opt.data_size_out) {
    r.data_out = data_out.data();
    r.data_size_out = opt.data_size_out.value_or(0);
  }
  if (opt.ctx_in) {
    r.ctx_in = ctx_in.empty() ? reinterpret_cast<void*>(8) : ctx_in.data();  // a pointer with size 0: EINVAL
    r.ctx_size_in = uint32_t(ctx_in.size());
  }
  if (want_ctx) {
    r.ctx_out = ctx_out.data();
    r.ctx_size_out = opt.ctx_size_out.value_or(uint32_t(ctx_out.size()));
  }
  r.repeat = syscall_like && opt.repeat == 1 ? 0 : int(opt.repeat);
  r.flags = opt.flags;
  r.cpu = opt.cpu;
  Outcome out;
  const int rc = bpf_prog_test_run_opts(fd, &r);
  out.err = rc < 0 ? -errno : 0;
  close(fd);
  out.retval = r.retval;
  if (rc == 0 || out.err == -ENOSPC) {
    if (r.data_out != nullptr) {
      const uint32_t n = std::min(r.data_size_out, opt.data_size_out.value_or(0) ? *opt.data_size_out : UINT32_MAX);
      out.data_out.assign(data_out.begin(), data_out.begin() + std::min<size_t>(n, data_out.size()));
      out.data_size_out = r.data_size_out;
    }
    const bool data_truncated =
        opt.data_size_out && *opt.data_size_out != 0 && r.data_size_out > *opt.data_size_out;
    if (want_ctx && !data_truncated && !syscall_like) {
      out.ctx_size_out = r.ctx_size_out;
      out.ctx_out.assign(ctx_out.begin(),
                         ctx_out.begin() + std::min(r.ctx_size_out, opt.ctx_size_out.value_or(r.ctx_size_out)));
    }
    if (type == ProgType::Syscall && opt.ctx_in) {
      out.ctx_out = ctx_in;  // the kernel writes the context back into ctx_in
      out.ctx_size_out = uint32_t(ctx_in.size());
    }
  }
  return out;
#else
  (void)type;
  (void)insns;
  (void)opt;
  (void)maps;
  (void)attach_type;
  f.err = ENOSYS;
  f.log = "bpfkit was built without libbpf";
  if (failure) *failure = std::move(f);
  return std::nullopt;
#endif
}

// The kernel's outcome, or nullopt (with the verifier log in *log) if it refused the program.
inline std::optional<Outcome> run_kernel(ProgType type, std::vector<Insn> insns, const TestRunOptions& opt,
                                         const std::vector<MapRef>& maps = {}, std::string* log = nullptr,
                                         uint32_t attach_type = 0) {
  ::bpfkit::testing::KernelFailure f;
  std::optional<Outcome> k = run_kernel_or_refusal(type, std::move(insns), opt, maps, attach_type, &f);
  if (!k && log) *log = f.log;
  return k;
}

// Whether the kernel's verifier takes the program as this type (false without a kernel).
inline bool kernel_accepts(ProgType type, const std::vector<Insn>& insns, uint32_t attach_type = 0) {
#ifdef BPFKIT_HAVE_LIBBPF
  if (::bpfkit::testing::kernel_unavailable()) return false;
  if (::bpfkit::testing::simulated_refusal(insns)) return false;
  LIBBPF_OPTS(bpf_prog_load_opts, lopts, .expected_attach_type = bpf_attach_type(attach_type));
  const int fd = bpf_prog_load(bpf_prog_type(type), "trun", "GPL", reinterpret_cast<const bpf_insn*>(insns.data()),
                               insns.size(), &lopts);
  if (fd < 0) return false;
  close(fd);
  return true;
#else
  (void)type;
  (void)insns;
  (void)attach_type;
  return false;
#endif
}

// Both, required equal; returns bpfkit's outcome. Without a kernel, only bpfkit runs. A kernel that refuses the
// program for lacking a feature (kernel_refusal.h) records a skip with its message and bpfkit's outcome is returned
// all the same: the caller's checks of it against fixed values still run, and a failure there fails the test.
// Any other refusal is a failure.
inline Outcome run_both(ProgType type, const std::vector<Insn>& insns, const TestRunOptions& opt,
                        const std::vector<MapRef>& maps = {}, uint32_t attach_type = 0) {
  Outcome mine = run_bpfkit(type, insns, opt, maps, attach_type);
  if (::bpfkit::testing::kernel_unavailable()) return mine;
  ::bpfkit::testing::KernelFailure failure;
  std::optional<Outcome> k = run_kernel_or_refusal(type, insns, opt, maps, attach_type, &failure);
  // bpfkit's half already ran (mine); the caller checks it after we return.
  if (!k && ::bpfkit::testing::skip_for_kernel_refusal(failure, {})) return mine;
  EXPECT_TRUE(k.has_value()) << "the kernel refused the program (errno " << failure.err << "):\n" << failure.log;
  if (k) {
    EXPECT_EQ(mine, *k) << "bpfkit (left) and the kernel (right) differ";
  }
  return mine;
}

inline TestRunOptions with_data(std::vector<uint8_t> data) {
  TestRunOptions o;
  o.data_in = std::move(data);
  return o;
}


// A pattern packet: byte i is (i * 7 + 3) & 0xff, with an IPv4 ethertype unless told otherwise.
inline std::vector<uint8_t> pattern(size_t n, bool ipv4 = true) {
  std::vector<uint8_t> p(n);
  for (size_t i = 0; i < n; ++i) p[i] = uint8_t(i * 7 + 3);
  if (ipv4 && n >= 14) {
    std::memset(p.data(), 0, 6);  // to the loopback device's address: PACKET_HOST
    p[12] = 0x08;
    p[13] = 0x00;
  }
  return p;
}

}  // namespace bpfkit::trun
