package org.ourown.accounts.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.ourown.accounts.Accounts;
import org.ourown.accounts.NewOrganization;
import org.ourown.accounts.NewStaffAccount;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.OrganizationView;
import org.ourown.accounts.Organizations;
import org.ourown.accounts.Role;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network admin's list of organizations, and the first admin of each. */
@Controller
class OrganizationsController {

    private final Organizations organizations;
    private final Accounts accounts;

    OrganizationsController(Organizations organizations, Accounts accounts) {
        this.organizations = organizations;
        this.accounts = accounts;
    }

    @ModelAttribute("zones")
    List<String> zones() {
        return java.time.ZoneId.getAvailableZoneIds().stream()
                .filter(zone -> zone.startsWith("America/") || zone.startsWith("Pacific/") || zone.equals("UTC"))
                .sorted()
                .toList();
    }

    @GetMapping("/network/organizations")
    String list(Model model) {
        model.addAttribute("organizations", organizations.all());
        model.addAttribute("form", new NewOrganization("", "", "America/New_York", List.of("en")));
        return "accounts/organizations";
    }

    @PostMapping("/network/organizations")
    String create(
            @Valid @ModelAttribute("form") NewOrganization form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                OrganizationView created = organizations.create(form);
                redirect.addFlashAttribute("notice", "organization.created");
                return "redirect:/network/organizations/" + created.id();
            } catch (Rejected e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        model.addAttribute("organizations", organizations.all());
        return "accounts/organizations";
    }

    @GetMapping("/network/organizations/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("organization", organizations.get(new OrganizationId(id)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewStaffAccount("", "", "", java.util.Set.of(Role.ADMIN)));
        }
        return "accounts/organization";
    }

    @PostMapping("/network/organizations/{id}/accounts")
    String addAccount(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") NewStaffAccount form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        OrganizationId organization = new OrganizationId(id);
        if (!errors.hasErrors()) {
            try {
                accounts.create(organization, form);
                redirect.addFlashAttribute("notice", "staff.created");
                return "redirect:/network/organizations/" + id;
            } catch (Rejected e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        return show(id, model);
    }
}
