// read_input_file: regular files only, bounded in size. See include/bpfkit/file.h.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include <fmt/format.h>

#include "bpfkit/file.h"

namespace bpfkit {
namespace {

struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) close(fd);
  }
};

Error file_error(const std::string& path, std::string message, int err) {
  return make_error(std::move(message)).in_object(path).with_errno(err);
}

// Regular file and size checks on an open descriptor.
Expected<uint64_t> checked_size(int fd, const std::string& path, uint64_t max_size) {
  struct stat st {};
  if (fstat(fd, &st) != 0) return file_error(path, "cannot stat file", errno);
  if (S_ISDIR(st.st_mode)) return file_error(path, "is a directory, not a file", EISDIR);
  if (!S_ISREG(st.st_mode)) return file_error(path, "not a regular file", EINVAL);
  if (uint64_t(st.st_size) > max_size)
    return file_error(path, fmt::format("file too large ({} bytes, limit {})", uint64_t(st.st_size), max_size), EFBIG);
  return uint64_t(st.st_size);
}

Expected<int> open_checked(const std::string& path) {
  // O_NONBLOCK: open() of a FIFO with no writer would otherwise wait for one; the S_ISREG check then refuses it.
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) return file_error(path, "cannot open file", errno);
  return fd;
}

}  // namespace

Expected<std::vector<uint8_t>> read_input_fd(int fd, const std::string& name, uint64_t max_size) {
  std::vector<uint8_t> bytes;
  uint8_t buf[1 << 16];
  for (;;) {
    const ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return file_error(name, "cannot read file", errno);
    }
    if (n == 0) break;
    if (bytes.size() + uint64_t(n) > max_size)
      return file_error(name, fmt::format("input too large (more than {} bytes)", max_size), EFBIG);
    bytes.insert(bytes.end(), buf, buf + n);
  }
  return bytes;
}

Expected<std::vector<uint8_t>> read_input_file(const std::string& path, uint64_t max_size) {
  auto fd = open_checked(path);
  if (!fd) return std::move(fd).error();
  Fd owned{*fd};
  auto size = checked_size(owned.fd, path, max_size);
  if (!size) return std::move(size).error();
  // A regular file never blocks, but clear O_NONBLOCK anyway so reads behave the ordinary way.
  fcntl(owned.fd, F_SETFL, fcntl(owned.fd, F_GETFL) & ~O_NONBLOCK);
  auto bytes = read_input_fd(owned.fd, path, max_size);  // still bounded: the file may grow while read
  if (bytes) bytes->shrink_to_fit();
  return bytes;
}

Expected<void> check_input_file(const std::string& path, uint64_t max_size) {
  auto fd = open_checked(path);
  if (!fd) return std::move(fd).error();
  Fd owned{*fd};
  if (auto size = checked_size(owned.fd, path, max_size); !size) return std::move(size).error();
  return {};
}

}  // namespace bpfkit
