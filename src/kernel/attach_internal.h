// Shared by the attach files.
#pragma once

#include "bpfkit/kernel_attach.h"

namespace bpfkit::kernel {

// Puts the program on a perf event (BPF_PERF_EVENT link, else PERF_EVENT_IOC_SET_BPF) and enables it.
Expected<KernelLink> attach_perf_event(int prog_fd, Fd perf_fd, uint64_t cookie);
// Fills link_id and prog_id from the kernel.
KernelLink finish_link(KernelLink link, int prog_fd);

}  // namespace bpfkit::kernel
