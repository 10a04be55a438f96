// Which tc programs attach how (kernel/attach.cc): libbpf's section table, --tc-mode, and the fallback of tc/* to a
// legacy netlink filter on a kernel without tcx, which the running kernel (it has tcx) cannot show end to end.
#include <gtest/gtest.h>

#include <cerrno>

#include "kernel/attach_internal.h"

namespace bpfkit::kernel {
namespace {

TEST(TcRoute, SectionsFollowLibbpf) {
  for (const char* sec : {"tcx/ingress", "tcx/egress", "tc/ingress", "tc/egress"})
    EXPECT_EQ(tc_route(sec, TcMode::Auto), TcRoute::Tcx) << sec;
  for (const char* sec : {"tc", "classifier"}) EXPECT_EQ(tc_route(sec, TcMode::Auto), TcRoute::Netlink) << sec;
}

TEST(TcRoute, ModeOverridesTheSection) {
  for (const char* sec : {"tcx/ingress", "tc/egress", "tc", "classifier"}) {
    EXPECT_EQ(tc_route(sec, TcMode::Tcx), TcRoute::Tcx) << sec;
    EXPECT_EQ(tc_route(sec, TcMode::Netlink), TcRoute::Netlink) << sec;
  }
}

// A kernel before 6.6 does not know BPF_TCX_INGRESS/EGRESS and says EINVAL: only the tc/* aliases fall back, and only
// on EINVAL (a busy or missing device is a real error).
TEST(TcRoute, OnlyTcAliasesFallBackAndOnlyOnEinval) {
  EXPECT_TRUE(tc_falls_back("tc/ingress", TcMode::Auto, EINVAL));
  EXPECT_TRUE(tc_falls_back("tc/egress", TcMode::Auto, EINVAL));
  EXPECT_FALSE(tc_falls_back("tcx/ingress", TcMode::Auto, EINVAL));
  EXPECT_FALSE(tc_falls_back("tc/ingress", TcMode::Tcx, EINVAL));
  for (int err : {EPERM, ENODEV, EEXIST, EBUSY}) EXPECT_FALSE(tc_falls_back("tc/ingress", TcMode::Auto, err)) << err;
}

}  // namespace
}  // namespace bpfkit::kernel
