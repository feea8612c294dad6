package org.ourown.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ourown.accounts.Accounts;
import org.ourown.accounts.NewOrganization;
import org.ourown.accounts.NewStaffAccount;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Organizations;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.accounts.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the fictional demo network once: when the database has no organization yet. */
@Component
@Conditional(DemoCondition.class)
class DemoNetwork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

    static final List<NewOrganization> ORGANIZATIONS = List.of(
            new NewOrganization("Riverside Peer Center", "riverside", "America/New_York", List.of("en", "es")),
            new NewOrganization("Harbor Light Warm Line", "harbor-light", "America/Chicago", List.of("en")),
            new NewOrganization("Maple House Peer Respite", "maple-house", "America/Denver", List.of("en", "es")));

    private final Organizations organizations;
    private final Accounts accounts;
    private final DemoDirectory directory;
    private final DemoMembers members;
    private final DemoWarmLines warmLines;

    DemoNetwork(
            Organizations organizations,
            Accounts accounts,
            DemoDirectory directory,
            DemoMembers members,
            DemoWarmLines warmLines) {
        this.members = members;
        this.warmLines = warmLines;
        this.organizations = organizations;
        this.accounts = accounts;
        this.directory = directory;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organizations.any()) {
            return;
        }
        SystemTask.run(() -> {
            Map<String, OrganizationId> bySlug = new HashMap<>();
            for (NewOrganization organization : ORGANIZATIONS) {
                bySlug.put(
                        organization.slug(), organizations.create(organization).id());
            }
            Map<String, StaffView> byEmail = new HashMap<>();
            for (DemoAccount account : DemoAccount.ALL) {
                if (account.roles().equals(Set.of(Role.MEMBER))) {
                    continue;
                }
                StaffView created = accounts.create(
                        account.organizationSlug() == null ? null : bySlug.get(account.organizationSlug()),
                        new NewStaffAccount(
                                account.email(), account.displayName(), account.password(), account.roles()));
                byEmail.put(account.email(), created);
            }
            directory.load(bySlug);
            warmLines.load(byEmail.get("admin@harbor-light.test"), byEmail.get("admin@riverside.test"));
            // Members join by themselves, after the staff they will share with exist.
            DemoAccount.ALL.stream()
                    .filter(account -> account.roles().equals(Set.of(Role.MEMBER)))
                    .forEach(account -> members.load(account, bySlug.get(account.organizationSlug())));
        });
        log.info(
                "Demo network loaded: {} organizations, {} accounts (see README for passwords), {} directory listings",
                ORGANIZATIONS.size(),
                DemoAccount.ALL.size(),
                DemoPrograms.PROGRAMS.size());
    }
}
