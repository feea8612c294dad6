package org.ourown.members.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.ourown.directory.Directory;
import org.ourown.directory.SearchQuery;
import org.ourown.members.Members;
import org.ourown.members.MembershipId;
import org.ourown.members.Purpose;
import org.ourown.members.Referrals;
import org.ourown.shared.Paging;
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

/** Staff refer a member to a service in the directory, when the member has named its organization in a consent. */
@Controller
class ReferralsController {

    private static final int CHOICES = Paging.MAX_SIZE;

    private final Members members;
    private final Referrals referrals;
    private final Directory directory;

    ReferralsController(Members members, Referrals referrals, Directory directory) {
        this.members = members;
        this.referrals = referrals;
        this.directory = directory;
    }

    @GetMapping("/members/{id}/referrals/new")
    String newForm(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("form", new ReferralForm(null, ""));
        return page(new MembershipId(id), q, model);
    }

    @PostMapping("/members/{id}/referrals")
    String refer(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String q,
            @Valid @ModelAttribute("form") ReferralForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MembershipId member = new MembershipId(id);
        if (errors.hasErrors()) {
            return page(member, q, model);
        }
        try {
            referrals.refer(member, form.request());
        } catch (Rejected e) {
            // A missing consent names the organization: its name fills the message.
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            return page(member, q, model);
        }
        redirect.addFlashAttribute("notice", "referral.saved");
        return "redirect:/members/" + member + "?purpose=" + Purpose.REFERRAL;
    }

    private String page(MembershipId member, String q, Model model) {
        model.addAttribute("member", members.summary(member));
        model.addAttribute("q", q);
        String text = q.length() > 200 ? q.substring(0, 200) : q;
        model.addAttribute(
                "services",
                directory
                        .search(new SearchQuery(text, null, null, null, null, null, null, false, 1, CHOICES))
                        .items());
        return "members/referral-new";
    }
}
