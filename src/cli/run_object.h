// bpfkit run OBJ: BPF_PROG_TEST_RUN on a program of an object, in the userspace backend.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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
};

int run_object(const ObjectRunOptions& opt, const Output& out);

}  // namespace bpfkit::cli
