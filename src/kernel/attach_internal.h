// Shared by the attach files.
#pragma once

#include "bpfkit/kernel_attach.h"

namespace bpfkit::kernel {

// Puts the program on a perf event (BPF_PERF_EVENT link, else PERF_EVENT_IOC_SET_BPF) and enables it.
Expected<KernelLink> attach_perf_event(int prog_fd, Fd perf_fd, uint64_t cookie);
// Fills link_id and prog_id from the kernel.
KernelLink finish_link(KernelLink link, int prog_fd);

// How a SCHED_CLS program of this section attaches under mode, and whether a tcx refusal with this errno makes it
// fall back to a legacy netlink filter (a kernel without tcx).
enum class TcRoute { Tcx, Netlink };
TcRoute tc_route(std::string_view section, TcMode mode);
bool tc_falls_back(std::string_view section, TcMode mode, int tcx_errno);

}  // namespace bpfkit::kernel
