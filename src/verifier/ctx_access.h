// The context-access tables: what each program type's bpf_verifier_ops.is_valid_access allows (net/core/filter.c,
// kernel/trace/bpf_trace.c, kernel/bpf/syscall.c in 6.18), for a privileged loader. One table per fact: the runtime's
// test-run contexts and the verifier read the same layout.
#pragma once

#include <cstdint>
#include <optional>

#include "bpfkit/prog_type.h"

namespace bpfkit::verifier {

// What a load from the context gives (bpf_insn_access_aux.reg_type).
enum class CtxFieldType : uint8_t {
  Scalar,          // SCALAR_VALUE
  PacketData,      // PTR_TO_PACKET (xdp_md.data, __sk_buff.data)
  PacketMeta,      // PTR_TO_PACKET_META
  PacketEnd,       // PTR_TO_PACKET_END
  FlowKeys,        // PTR_TO_FLOW_KEYS (__sk_buff.flow_keys in flow dissector)
  SockCommonOrNull,  // PTR_TO_SOCK_COMMON_OR_NULL (__sk_buff.sk)
  SocketOrNull,    // PTR_TO_SOCKET_OR_NULL (bpf_sock_ops.sk, sk_lookup.sk)
  SockCommon,      // PTR_TO_SOCK_COMMON
  BtfId,           // PTR_TO_BTF_ID (tracing arguments; btf_struct_name says of what)
  Buf,             // PTR_TO_TP_BUFFER / PTR_TO_BUF
  Socket,          // PTR_TO_SOCKET (bpf_sock_addr.sk, sk_msg_md.sk, bpf_sockopt.sk, sk_reuseport_md.sk)
};

struct CtxAccess {
  CtxFieldType type = CtxFieldType::Scalar;
  // bpf_insn_access_aux.ctx_field_size: the field's size when a narrower load of it was allowed (0 otherwise).
  uint32_t ctx_field_size = 0;
  const char* btf_struct_name = nullptr;  // for BtfId
};

// is_valid_access for a `size`-byte access at `off` (already the fixed offset: the register's off plus the insn's),
// a store when `write`. nullopt when the kernel refuses it ("invalid bpf_context access off=%d size=%d").
std::optional<CtxAccess> ctx_access(ProgType type, uint32_t expected_attach_type, int32_t off, int32_t size,
                                    bool write);

// The size of the context struct the program sees (xdp_md 24, __sk_buff 192, pt_regs 168, ...), or 0 when the
// type has no fixed context (tracing: the arguments, bounded by the BTF prototype).
uint32_t ctx_size(ProgType type, uint32_t expected_attach_type);

}  // namespace bpfkit::verifier
