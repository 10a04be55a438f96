// The helpers of the 6.18 table that bpfkit's runtime does not implement (helper_protos_ext.cc); helper_protos.cc
// merges them into the one table helper_protos.h describes.
#pragma once

#include <cstdint>
#include <span>

#include "bpfkit/helper_protos.h"

namespace bpfkit::helpers {

std::span<const HelperProto> ext_helper_protos();
const HelperProto* find_ext_helper_proto(int32_t id);
// Does <type>_func_proto give this (ext-table) helper to a program with this expected attach type
// (kAnyAttachType: to some program of the type)?
bool ext_type_has_helper(ProgType type, int32_t id, uint32_t expected_attach_type);
// The type's own bpf_func_proto for it, or the common one.
const HelperProto* ext_helper_proto_for(ProgType type, int32_t id);
// bpf_sk_setsockopt_proto / bpf_sk_getsockopt_proto (id 49 or 57): the socket options on a BTF socket in R1, as
// cgroup sockopt, LSM cgroup and tcp_congestion_ops programs get them. nullptr for any other id.
const HelperProto* sk_sockopt_proto(int32_t id);

}  // namespace bpfkit::helpers
