package org.ourown.accounts.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ourown.accounts.AccountId;
import org.ourown.accounts.Accounts;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.NewOrganization;
import org.ourown.accounts.NewStaffAccount;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.OrganizationView;
import org.ourown.accounts.Organizations;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.shared.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and organizations over JSON; the same facade checks as the pages. */
@RestController
@RequestMapping("/api")
class AccountsApi {

    private final Accounts accounts;
    private final Organizations organizations;

    AccountsApi(Accounts accounts, Organizations organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @GetMapping("/me")
    CurrentUser me() {
        return CurrentUser.require();
    }

    @GetMapping("/staff")
    Paging<StaffView> staff(
            @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size) {
        return accounts.staff(search, page, size);
    }

    @GetMapping("/staff/{id}")
    StaffView person(@PathVariable UUID id) {
        return accounts.get(new AccountId(id));
    }

    @PostMapping("/staff")
    @ResponseStatus(HttpStatus.CREATED)
    StaffView create(@Valid @RequestBody NewStaffAccount account, @RequestParam(required = false) UUID organization) {
        return accounts.create(organization == null ? null : new OrganizationId(organization), account);
    }

    record RolesRequest(Set<Role> roles) {}

    @PutMapping("/staff/{id}/roles")
    StaffView roles(@PathVariable UUID id, @RequestBody RolesRequest request) {
        return accounts.changeRoles(new AccountId(id), request.roles() == null ? Set.of() : request.roles());
    }

    @GetMapping("/organizations")
    List<OrganizationView> organizations() {
        return organizations.all();
    }

    @GetMapping("/organizations/{id}")
    OrganizationView organization(@PathVariable UUID id) {
        return organizations.get(new OrganizationId(id));
    }

    @PostMapping("/organizations")
    @ResponseStatus(HttpStatus.CREATED)
    OrganizationView createOrganization(@Valid @RequestBody NewOrganization organization) {
        return organizations.create(organization);
    }
}
