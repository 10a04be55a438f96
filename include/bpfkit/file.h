// Reading input files safely: only regular files (or a pipe/stdin given on purpose), never more than a size limit.
//
// Every file bpfkit reads on a user's behalf (objects, raw programs, packets, contexts, pcaps) goes through here so
// that a directory, a FIFO or a device such as /dev/zero is a one-line error instead of a hang or an out-of-memory
// abort.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bpfkit/error.h"

namespace bpfkit {

// The largest input file read by default: far above any real BPF object or packet capture, far below what would
// exhaust memory.
inline constexpr uint64_t kMaxInputFileSize = 256ull << 20;

// The whole regular file at path. Errors name the path and carry errno: EISDIR for a directory, EINVAL for
// anything else that is not a regular file (FIFO, socket, device), EFBIG when larger than max_size, or the errno
// of open/read. The file is opened with O_NONBLOCK so that opening a FIFO never blocks.
Expected<std::vector<uint8_t>> read_input_file(const std::string& path, uint64_t max_size = kMaxInputFileSize);

// Reads an already open descriptor (stdin, a pipe) to its end, failing with EFBIG past max_size instead of growing
// without bound. name is used in errors.
Expected<std::vector<uint8_t>> read_input_fd(int fd, const std::string& name, uint64_t max_size = kMaxInputFileSize);

// Checks that path names a regular file of at most max_size bytes, as read_input_file would, without reading it:
// for libraries (libpcap) that open files themselves.
Expected<void> check_input_file(const std::string& path, uint64_t max_size = kMaxInputFileSize);

}  // namespace bpfkit
