// bpfkit run OBJ: BPF_PROG_TEST_RUN on a program of an object, in the userspace backend.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bpfkit/runtime.h"
#include "bpfkit/test_run.h"
#include "cli/output.h"

namespace bpfkit::cli {

struct ObjectRunOptions {
  std::string object;
  std::string prog;                      // empty: the first program
  std::string data_in;                   // a file of packet bytes
  std::string ctx_in;                    // a file holding the context struct (xdp_md, __sk_buff, raw args...)
  std::string pcap;                      // run once per packet of a pcap file
  std::optional<uint32_t> data_size_out;
  std::optional<uint32_t> ctx_size_out;
  uint32_t repeat = 1;
  std::string kconfig_file;              // .config for CONFIG_* externs (default: the host's)
  uint64_t loop_limit = kDefaultTestRunLoopLimit;  // backward jumps plus calls per run; 0: no limit
  uint64_t memory_limit = LoadOptions::kDefaultMemoryLimit;  // bytes of maps (kernel-like cost); 0: no limit
  bool all_elements = false;             // dump every array element, zero ones too
  std::string btf;                       // target BTF for CO-RE (default: /sys/kernel/btf/vmlinux)
};

int run_object(const ObjectRunOptions& opt, const Output& out);

}  // namespace bpfkit::cli
