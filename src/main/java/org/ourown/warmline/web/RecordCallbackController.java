package org.ourown.warmline.web;

import java.util.List;
import org.ourown.shared.Rejected;
import org.ourown.warmline.CallbackRequest;
import org.ourown.warmline.CheckInCallbacks;
import org.ourown.warmline.ContactRecordId;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A caller on the phone asks to be called back: the peer adds it from the contact record, with their consent. */
@Controller
class RecordCallbackController {

    private final CheckInCallbacks callbacks;

    RecordCallbackController(CheckInCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @PostMapping("/warmline/console/records/{id}/callback")
    String add(
            @PathVariable ContactRecordId id,
            @ModelAttribute("callbackForm") CallbackForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        CallbackRequest request = form.toRequest(errors);
        if (!errors.hasErrors()) {
            try {
                callbacks.requestForCaller(id, request);
                redirect.addFlashAttribute("notice", "warmline.callback.added");
                return "redirect:/warmline/console/records/" + id;
            } catch (Rejected e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        List<String> keys = errors.getFieldErrors().stream()
                .map(e -> e.getCode())
                .distinct()
                .toList();
        redirect.addFlashAttribute("callbackErrors", keys);
        redirect.addFlashAttribute("callbackForm", form);
        return "redirect:/warmline/console/records/" + id + "#callback";
    }
}
