// Error values for bpfkit's library API.
//
// Hot paths and bad input never throw: every fallible call returns Expected<T>, which holds either a value or an
// Error that says what is wrong and where (object, program, instruction index, source line and column, errno).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace bpfkit {

struct Error {
  std::string message;
  std::string object;   // file or object name, if known
  std::string program;  // program (function) name, if known
  int64_t insn = -1;    // instruction index within the program, -1 if not about one instruction
  int line = 0;         // 1-based source line (assembly text or BTF line info), 0 if unknown
  int column = 0;       // 1-based column, 0 if unknown
  int error_number = 0; // errno the kernel would give, 0 if none
  // The kernel's verifier would refuse the program (the CLI exits 1 for it, 2 for other load errors).
  bool verifier_rejection = false;

  // One line: "object: program: insn 12: message" with the parts that are known.
  std::string to_string() const;

  Error& in_object(std::string name) { object = std::move(name); return *this; }
  Error& in_program(std::string name) { program = std::move(name); return *this; }
  Error& at_insn(int64_t index) { insn = index; return *this; }
  Error& at_line(int l, int c = 0) { line = l; column = c; return *this; }
  Error& with_errno(int e) { error_number = e; return *this; }
  Error& rejected() { verifier_rejection = true; return *this; }
};

inline Error make_error(std::string message) { return Error{std::move(message)}; }

// Expected<T>: a value or an Error. Modeled on llvm::Expected / std::expected (C++23), kept minimal.
template <class T>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}          // NOLINT(google-explicit-constructor)
  Expected(Error error) : v_(std::move(error)) {}      // NOLINT(google-explicit-constructor)

  bool has_value() const { return v_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  Error& error() & { return std::get<1>(v_); }
  const Error& error() const& { return std::get<1>(v_); }
  Error&& error() && { return std::get<1>(std::move(v_)); }

 private:
  std::variant<T, Error> v_;
};

// Expected<void>: success or an Error.
template <>
class [[nodiscard]] Expected<void> {
 public:
  Expected() = default;
  Expected(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT(google-explicit-constructor)

  bool has_value() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const& { return error_; }
  Error&& error() && { return std::move(error_); }

 private:
  Error error_;
  bool ok_ = true;
};

}  // namespace bpfkit
