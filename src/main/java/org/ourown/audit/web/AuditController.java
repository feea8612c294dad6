package org.ourown.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.ourown.audit.AuditTrail;
import org.ourown.shared.Htmx;
import org.ourown.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's view of who read or changed personal data in their organization, and the chain check. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;
    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Bean
    static NavigationItem auditNavigation() {
        return new NavigationItem("/admin/audit", "nav.audit", Set.of("ADMIN", "NETWORK_ADMIN"), 850);
    }

    @GetMapping("/admin/audit")
    String entries(@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        model.addAttribute("entries", trail.entries(Math.max(1, page), PAGE_SIZE));
        return Htmx.view(request, "audit/entries", "entries");
    }

    @PostMapping("/admin/audit/verify")
    String verify(HttpServletRequest request, Model model) {
        model.addAttribute("check", trail.verify());
        model.addAttribute("entries", trail.entries(1, PAGE_SIZE));
        return Htmx.view(request, "audit/entries", "check");
    }
}
