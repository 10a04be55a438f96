#include "verifier/reg_state.h"

namespace bpfkit::verifier {

RegState make_scalar_unknown() {
  RegState r;
  r.type = RegType::Scalar;
  r.b = ScalarBounds::unknown();
  return r;
}

RegState make_scalar_const(uint64_t v) {
  RegState r;
  r.type = RegType::Scalar;
  r.b = ScalarBounds::constant(v);
  return r;
}

RegState make_pointer(RegType type, uint16_t flags) {
  RegState r;
  r.type = type;
  r.flags = flags;
  r.b = ScalarBounds::constant(0);
  return r;
}

std::string reg_type_str(RegType type, uint16_t flags) {
  static const char* const names[] = {
      "?", "scalar", "ctx", "map_ptr", "map_value", "map_key", "fp", "pkt_meta", "pkt", "pkt_end", "flow_keys",
      "sock", "sock_common", "tcp_sock", "tp_buffer", "xdp_sock", "ptr_", "mem", "buf", "func", "arena",
      "dynptr_ptr",
  };
  std::string s;
  if (flags & kRdonly) s += "rdonly_";
  if (flags & kRingbuf) s += "ringbuf_";
  if (flags & kPercpu) s += "percpu_";
  if (flags & kRcu) s += "rcu_";
  if (flags & kUntrusted) s += "untrusted_";
  if (flags & kTrusted) s += "trusted_";
  s += names[size_t(type)];
  if (flags & kMaybeNull) s += type == RegType::PtrToBtfId ? "or_null_" : "_or_null";
  return s;
}

}  // namespace bpfkit::verifier
