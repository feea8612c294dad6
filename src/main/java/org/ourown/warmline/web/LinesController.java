package org.ourown.warmline.web;

import jakarta.validation.Valid;
import org.ourown.shared.Rejected;
import org.ourown.warmline.LineId;
import org.ourown.warmline.LineSettings;
import org.ourown.warmline.Lines;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators and admins set up their organization's lines. */
@Controller
class LinesController {

    private final Lines lines;

    LinesController(Lines lines) {
        this.lines = lines;
    }

    @GetMapping("/warmline/lines")
    String list(Model model) {
        model.addAttribute("lines", lines.mine());
        return "warmline/manage";
    }

    @GetMapping("/warmline/lines/new")
    String blank(Model model) {
        lines.mine();
        model.addAttribute("form", LineForm.blank());
        return "warmline/line-form";
    }

    @PostMapping("/warmline/lines/new")
    String create(@Valid @ModelAttribute("form") LineForm form, BindingResult errors, RedirectAttributes redirect) {
        lines.mine();
        LineSettings settings = form.settings(errors);
        if (settings == null || errors.hasErrors()) {
            return "warmline/line-form";
        }
        try {
            lines.create(settings);
        } catch (Rejected e) {
            errors.rejectValue(e.field(), e.messageKey());
            return "warmline/line-form";
        }
        redirect.addFlashAttribute("notice", "warmline.line.created");
        return "redirect:/warmline/lines";
    }

    @GetMapping("/warmline/lines/{id}")
    String edit(@PathVariable LineId id, Model model) {
        model.addAttribute("lineId", id);
        model.addAttribute("form", LineForm.of(lines.settings(id).settings()));
        return "warmline/line-form";
    }

    @PostMapping("/warmline/lines/{id}")
    String update(
            @PathVariable LineId id,
            @Valid @ModelAttribute("form") LineForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        lines.settings(id);
        model.addAttribute("lineId", id);
        LineSettings settings = form.settings(errors);
        if (settings == null || errors.hasErrors()) {
            return "warmline/line-form";
        }
        try {
            lines.update(id, settings);
        } catch (Rejected e) {
            errors.rejectValue(e.field(), e.messageKey());
            return "warmline/line-form";
        }
        redirect.addFlashAttribute("notice", "warmline.line.saved");
        return "redirect:/warmline/lines";
    }
}
