package org.ourown.members.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ourown.members.Enrolled;
import org.ourown.members.MemberProfile;
import org.ourown.members.MemberRecord;
import org.ourown.members.Members;
import org.ourown.members.MembershipId;
import org.ourown.members.Purpose;
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

/**
 * Staff: the organization's members by alias; a new membership made with the person present; a record opened for a
 * purpose the reader states first.
 */
@Controller
class MembersController {

    private static final int PAGE_SIZE = 25;
    private final Members members;
    private final List<RecordSection> sections;

    MembersController(Members members, List<RecordSection> sections) {
        this.members = members;
        this.sections = sections;
    }

    @GetMapping("/members")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("people", members.search(q, Math.max(page, 1), PAGE_SIZE));
        return Htmx.view(request, "members/list", "results");
    }

    @GetMapping("/members/new")
    String newForm(Model model) {
        model.addAttribute("form", MemberProfile.blank());
        return "members/new";
    }

    @PostMapping("/members")
    String enrol(@Valid @ModelAttribute("form") MemberProfile form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return "members/new";
        }
        try {
            Enrolled enrolled = members.enrol(form);
            model.addAttribute("enrolled", enrolled);
            return "members/enrolled";
        } catch (Rejected e) {
            errors.rejectValue(e.field(), e.messageKey());
            return "members/new";
        }
    }

    /** Without a purpose, the page asks for one; with it, the record opens and the opening is audited. */
    @GetMapping("/members/{id}")
    String record(@PathVariable UUID id, @RequestParam(required = false) Purpose purpose, Model model) {
        MembershipId membership = new MembershipId(id);
        if (purpose == null) {
            model.addAttribute("member", members.summary(membership));
            return "members/purpose";
        }
        MemberRecord record = members.open(membership, purpose);
        model.addAttribute("record", record);
        List<RecordSection.Fragment> shown = new ArrayList<>();
        for (RecordSection section : sections) {
            RecordSection.Fragment fragment = section.fill(record, model);
            if (fragment != null) {
                shown.add(fragment);
            }
        }
        model.addAttribute("sections", shown);
        return "members/record";
    }
}
