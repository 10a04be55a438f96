// Object BTF for BPF_BTF_LOAD: which BTF kinds the running kernel accepts (probed once with tiny BTF blobs, as
// libbpf's probe_kern_btf_* do), and libbpf's bpf_object__sanitize_btf rewrite for the ones it does not.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/kernel.h"

namespace bpfkit::kernel {

struct BtfSupport {
  bool btf = true, func = true, func_global = true, datasec = true, float_kind = true, decl_tag = true,
       type_tag = true, enum64 = true;
};

// The kernel's answers, each overridden by the option when it is set.
BtfSupport probe_btf_support(const KernelBtfFeatures& overrides);

// libbpf's fixups of the extern DATASECs (bpf_object__collect_externs), which the kernel refuses as clang writes
// them: .kconfig VARs become GLOBAL_ALLOCATED at their offsets in the .kconfig map; .ksyms entries become 4-byte
// GLOBAL_ALLOCATED int VARs (FUNCs are replaced in the DATASEC by one appended `dummy_ksym` VAR and become global,
// their unnamed parameters named after it). Type ids stay the same; the dummy VAR is appended.
Expected<void> fixup_extern_datasecs(std::vector<uint8_t>& btf, const ObjectSpec& obj);

// Rewrites encoded BTF (header, types, strings) in place so a kernel with `support` accepts it; type ids stay the
// same (one placeholder INT may be appended for ENUM64). `changes` gets one line per kind rewritten.
Expected<void> sanitize_btf(std::vector<uint8_t>& btf, const BtfSupport& support, std::vector<std::string>* changes);

}  // namespace bpfkit::kernel
