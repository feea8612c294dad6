package org.ourown.accounts.web;

import jakarta.servlet.http.HttpSession;
import org.ourown.accounts.Accounts;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.Organizations;
import org.ourown.accounts.internal.TwoFactor;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: password and, for staff, two-factor codes. */
@Controller
class MyAccountController {

    private static final String SETUP = "twoFactorSetup";

    private final Accounts accounts;
    private final Organizations organizations;
    private final TwoFactor twoFactor;

    MyAccountController(Accounts accounts, Organizations organizations, TwoFactor twoFactor) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.twoFactor = twoFactor;
    }

    @GetMapping("/account")
    String show(Model model) {
        CurrentUser me = CurrentUser.require();
        model.addAttribute("organization", me.organization() == null ? null : organizations.get(me.organization()));
        model.addAttribute("twoFactorOn", twoFactor.isOn());
        model.addAttribute("staff", me.roles().stream().anyMatch(org.ourown.accounts.Role::isStaff));
        return "accounts/my-account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String repeatPassword,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(repeatPassword)) {
                throw new Rejected("repeatPassword", "password.repeat.different");
            }
            accounts.changeOwnPassword(currentPassword, newPassword);
            redirect.addFlashAttribute("notice", "password.changed");
            return "redirect:/account";
        } catch (Rejected e) {
            model.addAttribute("passwordError", e.messageKey());
            model.addAttribute("passwordField", e.field());
            return show(model);
        }
    }

    @GetMapping("/account/two-factor")
    String setup(HttpSession session, Model model) {
        TwoFactor.Setup setup = twoFactor.newSetup();
        session.setAttribute(SETUP, setup.secret());
        model.addAttribute("setup", setup);
        return "accounts/two-factor";
    }

    @PostMapping("/account/two-factor")
    String turnOn(
            @RequestParam(defaultValue = "") String code,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        String secret = (String) session.getAttribute(SETUP);
        try {
            twoFactor.turnOn(secret, code);
            session.removeAttribute(SETUP);
            redirect.addFlashAttribute("notice", "twoFactor.on");
            return "redirect:/account";
        } catch (Rejected e) {
            model.addAttribute("codeError", e.messageKey());
            model.addAttribute("setup", secret == null ? twoFactor.newSetup() : new TwoFactor.Setup(secret, null));
            return "accounts/two-factor";
        }
    }

    @PostMapping("/account/two-factor/off")
    String turnOff(@RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect) {
        try {
            twoFactor.turnOff(code);
            redirect.addFlashAttribute("notice", "twoFactor.off");
            return "redirect:/account";
        } catch (Rejected e) {
            model.addAttribute("offError", e.messageKey());
            return show(model);
        }
    }
}
