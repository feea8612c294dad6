package org.ourown.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.ourown.accounts.AccountId;
import org.ourown.accounts.Accounts;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.NewStaffAccount;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.shared.Htmx;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organization admin's list of their people: search, add, change roles, switch off. */
@Controller
class StaffController {

    private static final int PAGE_SIZE = 25;
    private final Accounts accounts;

    StaffController(Accounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("assignableRoles")
    Set<Role> assignableRoles() {
        return CurrentUser.current().filter(CurrentUser::isNetworkAdmin).isPresent()
                ? EnumSet.allOf(Role.class)
                : EnumSet.complementOf(EnumSet.of(Role.NETWORK_ADMIN));
    }

    @GetMapping("/admin/staff")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("people", accounts.staff(q, Math.max(page, 1), PAGE_SIZE));
        return Htmx.view(request, "accounts/staff", "results");
    }

    @GetMapping("/admin/staff/new")
    String newForm(Model model) {
        model.addAttribute("form", new NewStaffAccount("", "", "", EnumSet.of(Role.PEER)));
        return "accounts/staff-new";
    }

    @PostMapping("/admin/staff")
    String create(
            @Valid @ModelAttribute("form") NewStaffAccount form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "accounts/staff-new";
        }
        try {
            StaffView created = accounts.create(null, form);
            redirect.addFlashAttribute("notice", "staff.created");
            return "redirect:/admin/staff/" + created.id();
        } catch (Rejected e) {
            errors.rejectValue(e.field(), e.messageKey());
            return "accounts/staff-new";
        }
    }

    @GetMapping("/admin/staff/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("person", accounts.get(new AccountId(id)));
        return "accounts/staff-person";
    }

    @PostMapping("/admin/staff/{id}/roles")
    String roles(
            @PathVariable UUID id,
            @RequestParam(required = false) Set<Role> roles,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.changeRoles(new AccountId(id), roles == null ? Set.of() : roles);
            redirect.addFlashAttribute("notice", "staff.rolesChanged");
            return "redirect:/admin/staff/" + id;
        } catch (Rejected e) {
            model.addAttribute("rolesError", e.messageKey());
            return show(id, model);
        }
    }

    @PostMapping("/admin/staff/{id}/enabled")
    String enabled(@PathVariable UUID id, @RequestParam boolean enabled, Model model, RedirectAttributes redirect) {
        try {
            accounts.changeEnabled(new AccountId(id), enabled);
            redirect.addFlashAttribute("notice", enabled ? "staff.enabled" : "staff.disabled");
            return "redirect:/admin/staff/" + id;
        } catch (Rejected e) {
            model.addAttribute("enabledError", e.messageKey());
            return show(id, model);
        }
    }
}
