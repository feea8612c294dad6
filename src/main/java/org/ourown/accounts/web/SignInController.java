package org.ourown.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ourown.accounts.internal.TwoFactorSignIn;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final TwoFactorSignIn twoFactor;

    SignInController(TwoFactorSignIn twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping("/login")
    String signIn() {
        return "accounts/sign-in";
    }

    @GetMapping("/login/code")
    String codeForm() {
        return "accounts/sign-in-code";
    }

    @PostMapping("/login/code")
    String code(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            if (twoFactor.complete(code, request, response)) {
                return "redirect:/";
            }
            model.addAttribute("codeError", "twoFactor.code.wrong");
        } catch (Rejected e) {
            model.addAttribute("codeError", e.messageKey());
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "accounts/sign-in-code";
    }
}
