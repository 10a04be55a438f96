// Verifies one program of a compiled test object (build/bpf/...), or a socket filter in assembly, with bpfkit's
// verifier, for the unit tests that look at the log: the 6.18 privileged profile.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "bpfkit/asm.h"
#include "bpfkit/link.h"
#include "bpfkit/object.h"
#include "bpfkit/verifier.h"

namespace bpfkit::testing {

inline VerifyResult verify_object_program(const std::string& object_path, const std::string& prog,
                                          uint32_t log_level) {
  auto obj = ObjectSpec::open(object_path);
  EXPECT_TRUE(obj) << obj.error().to_string();
  if (!obj) return {};
  for (const ProgramSpec& p : obj->programs()) {
    if (p.name != prog) continue;
    auto linked = link_program(*obj, p);
    EXPECT_TRUE(linked) << linked.error().to_string();
    if (!linked) return {};
    VerifyOptions opt;
    opt.profile = VerifierProfile::for_kernel(6 << 16 | 18 << 8, true);
    opt.log_level = log_level;
    return verify(VerifierInput::from_linked(*obj, *linked), opt);
  }
  ADD_FAILURE() << "no program " << prog << " in " << object_path;
  return {};
}

// A socket filter in bpfkit's assembler syntax, verified with the log at log_level.
inline VerifyResult verify_socket_filter_asm(const std::string& text, uint32_t log_level = 2) {
  auto insns = assemble(text);
  EXPECT_TRUE(insns.has_value()) << (insns ? "" : insns.error().to_string());
  VerifierInput in;
  in.type = ProgType::SocketFilter;
  in.gpl_compatible = true;
  if (insns) in.insns = *insns;
  VerifyOptions opt;
  opt.profile = VerifierProfile::for_kernel(6 << 16 | 18 << 8, true);
  opt.log_level = log_level;
  return verify(in, opt);
}

}  // namespace bpfkit::testing
