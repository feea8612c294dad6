package org.ourown.demo;

import java.util.List;
import java.util.Set;
import org.ourown.accounts.Role;

/** The demo accounts, one per role; their passwords are public (README) and only ever used on demo data. */
public record DemoAccount(String organizationSlug, String email, String displayName, String password, Set<Role> roles) {

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount(
                    null,
                    "network@ourown.test",
                    "Noor (network admin)",
                    "demo-network-admin",
                    Set.of(Role.NETWORK_ADMIN)),
            new DemoAccount("riverside", "admin@riverside.test", "Alex Rivera", "demo-org-admin", Set.of(Role.ADMIN)),
            new DemoAccount(
                    "riverside",
                    "coordinator@riverside.test",
                    "Casey Moreno",
                    "demo-coordinator",
                    Set.of(Role.COORDINATOR)),
            new DemoAccount("riverside", "peer@riverside.test", "Sam Lee", "demo-peer-support", Set.of(Role.PEER)),
            new DemoAccount("riverside", "member@riverside.test", "Jordan", "demo-member-only", Set.of(Role.MEMBER)),
            new DemoAccount(
                    "harbor-light", "admin@harbor-light.test", "Robin Okafor", "demo-org-admin", Set.of(Role.ADMIN)),
            new DemoAccount(
                    "harbor-light", "peer@harbor-light.test", "Dana Whitfield", "demo-peer-support", Set.of(Role.PEER)),
            new DemoAccount(
                    "maple-house",
                    "admin@maple-house.test",
                    "Morgan Tran",
                    "demo-org-admin",
                    Set.of(Role.ADMIN, Role.COORDINATOR)),
            new DemoAccount(
                    "maple-house", "peer@maple-house.test", "Avery Castillo", "demo-peer-support", Set.of(Role.PEER)));
}
