// BTF objects in the kernel: their info, and a module's by name (kernel/sys.cc), for programs that refer to a
// module's BTF (bpfkit/module_btf.h): attach_btf_obj_fd, fd_array for kfuncs, the second imm of a ksym LD_IMM64.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/kernel_sys.h"

namespace bpfkit::kernel {

struct BtfInfo {
  uint32_t id = 0;
  std::string name;         // "vmlinux", a module's name, or "" for a program's BTF
  bool kernel_btf = false;  // vmlinux or a module's
};
Expected<BtfInfo> btf_info(int btf_fd);
// The BTF object's raw bytes, as BTF_LOAD got them (a program's BTF: the object's, as its loader sanitised it).
Expected<std::vector<uint8_t>> btf_data(int btf_fd);

// The kernel BTF object named so (libbpf's load_module_btfs: BTF ids walked, kernel BTFs matched by name);
// ENOENT when no loaded module (nor vmlinux) has that name.
Expected<Fd> module_btf_fd(const std::string& module);

}  // namespace bpfkit::kernel
