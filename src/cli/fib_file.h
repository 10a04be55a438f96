// `run OBJ --fib FILE`: the simulated network namespace bpf_fib_lookup consults, as JSON.
#pragma once

#include <string>

#include "bpfkit/error.h"
#include "bpfkit/fib.h"

namespace bpfkit::cli {

// {"devices": [{"ifindex": 2, "mac": "02:00:00:00:00:02", "mtu": 1500, "forwarding": true,
//               "ipv4": "10.0.0.1", "ipv6": "fd00::1"}],
//  "routes": [{"dst": "10.1.0.0/16", "dev": 2, "via": "10.0.0.254", "metric": 100,
//              "type": "unicast|blackhole|unreachable|prohibit|local", "table": 254}],
//  "neighbours": [{"ip": "10.0.0.254", "dev": 2, "mac": "02:00:00:00:00:fe"}]}
// Only ifindex/dst/dev/ip/mac where shown are required; errors name the entry and the field.
Expected<FibTable> read_fib_file(const std::string& path);

}  // namespace bpfkit::cli
