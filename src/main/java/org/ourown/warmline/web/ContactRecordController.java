package org.ourown.warmline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.ourown.shared.Htmx;
import org.ourown.shared.Rejected;
import org.ourown.warmline.ContactDetails;
import org.ourown.warmline.ContactRecordId;
import org.ourown.warmline.ContactRecordView;
import org.ourown.warmline.ContactRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contact record after a chat or call. Saved as a draft while the peer types (htmx posts the form a moment after
 * each change and swaps in only the "saved" line); "Finish" makes it final.
 */
@Controller
class ContactRecordController {

    private final ContactRecords records;

    ContactRecordController(ContactRecords records) {
        this.records = records;
    }

    @GetMapping("/warmline/console/records/{id}")
    String record(@PathVariable ContactRecordId id, Model model) {
        ContactRecordView record = records.get(id);
        model.addAttribute("record", record);
        model.addAttribute("form", record.details());
        return "warmline/record";
    }

    @PostMapping("/warmline/console/records/{id}")
    String save(
            @PathVariable ContactRecordId id,
            @Valid @ModelAttribute("form") ContactDetails form,
            BindingResult errors,
            @RequestParam(defaultValue = "draft") String action,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("record", records.get(id));
        if (errors.hasErrors()) {
            model.addAttribute("notSaved", true);
            return Htmx.view(request, "warmline/record", "saved");
        }
        boolean finalise = "finish".equals(action) && !Htmx.isHtmx(request);
        try {
            model.addAttribute("record", records.save(id, form, finalise));
        } catch (Rejected e) {
            errors.reject(e.messageKey());
            model.addAttribute("notSaved", true);
            return Htmx.view(request, "warmline/record", "saved");
        }
        if (Htmx.isHtmx(request)) {
            return "warmline/record :: saved";
        }
        redirect.addFlashAttribute("notice", finalise ? "warmline.record.finished" : "warmline.record.draftSaved");
        return finalise ? "redirect:/warmline/console" : "redirect:/warmline/console/records/" + id;
    }
}
