// Function symbols of host binaries (not BPF objects), for uprobe attach: see find_host_function in elf.h.
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "bpfkit/elf.h"

namespace bpfkit {

Expected<HostFunction> find_host_function(const std::string& path, std::string_view symbol) {
  auto fail = [&](std::string msg, int err = 0) { return make_error(std::move(msg)).in_object(path).with_errno(err); };
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(fmt::format("cannot open: {}", std::strerror(errno)), errno);
  elf_version(EV_CURRENT);
  Elf* elf = elf_begin(fd, ELF_C_READ_MMAP, nullptr);
  struct Closer {
    Elf* e;
    int fd;
    ~Closer() {
      if (e != nullptr) elf_end(e);
      close(fd);
    }
  } closer{elf, fd};
  GElf_Ehdr eh;
  if (elf == nullptr || elf_kind(elf) != ELF_K_ELF || gelf_getehdr(elf, &eh) == nullptr)
    return fail("not an ELF file", ENOEXEC);
  if (eh.e_type != ET_EXEC && eh.e_type != ET_DYN)
    return fail(fmt::format("e_type is {}, expected an executable or shared library", eh.e_type), ENOEXEC);

  // .symtab first (it has the static functions too), then .dynsym (stripped binaries keep only that one).
  for (Elf64_Word wanted : {SHT_SYMTAB, SHT_DYNSYM}) {
    for (Elf_Scn* scn = elf_nextscn(elf, nullptr); scn != nullptr; scn = elf_nextscn(elf, scn)) {
      GElf_Shdr sh;
      if (gelf_getshdr(scn, &sh) == nullptr || sh.sh_type != wanted || sh.sh_entsize == 0) continue;
      Elf_Data* data = elf_getdata(scn, nullptr);
      if (data == nullptr) continue;
      const size_t count = sh.sh_size / sh.sh_entsize;
      for (size_t i = 0; i < count; ++i) {
        GElf_Sym sym;
        if (gelf_getsym(data, static_cast<int>(i), &sym) == nullptr) break;
        if (GELF_ST_TYPE(sym.st_info) != STT_FUNC && GELF_ST_TYPE(sym.st_info) != STT_GNU_IFUNC) continue;
        if (sym.st_shndx == SHN_UNDEF || sym.st_shndx >= SHN_LORESERVE) continue;
        const char* name = elf_strptr(elf, sh.sh_link, sym.st_name);
        if (name == nullptr || symbol != name) continue;
        Elf_Scn* holder = elf_getscn(elf, sym.st_shndx);
        GElf_Shdr hs;
        if (holder == nullptr || gelf_getshdr(holder, &hs) == nullptr)
          return fail(fmt::format("symbol {}: section {} cannot be read", name, sym.st_shndx), ENOEXEC);
        if (sym.st_value < hs.sh_addr || sym.st_value - hs.sh_addr > hs.sh_size)
          return fail(fmt::format("symbol {}: address {:#x} is outside its section", name, sym.st_value), ENOEXEC);
        return HostFunction{name, sym.st_value, sym.st_size, sym.st_value - hs.sh_addr + hs.sh_offset};
      }
    }
  }
  return fail(fmt::format("no function '{}' in the symbol tables", symbol), ENOENT);
}

}  // namespace bpfkit
