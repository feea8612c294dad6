package org.ourown.directory.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.ourown.directory.DirectoryEditing;
import org.ourown.directory.PeerRunFacts;
import org.ourown.directory.ServiceChange;
import org.ourown.directory.ServiceKind;
import org.ourown.directory.ServiceListing;
import org.ourown.shared.Rejected;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators keep their own listings right: edit, confirm they are still right, add closures, peer-run facts. */
@Controller
class ManageListingsController {

    private final DirectoryEditing editing;
    private final Clock clock;

    ManageListingsController(DirectoryEditing editing, Clock clock) {
        this.editing = editing;
        this.clock = clock;
    }

    @ModelAttribute("kinds")
    ServiceKind[] kinds() {
        return ServiceKind.values();
    }

    @GetMapping("/directory/manage")
    String list(Model model) {
        var listings = editing.mine();
        model.addAttribute("listings", listings);
        model.addAttribute(
                "organizations",
                listings.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                DirectoryEditing.EditableListing::organizationId,
                                DirectoryEditing.EditableListing::organizationName,
                                (a, b) -> a,
                                java.util.TreeMap::new)));
        model.addAttribute("today", LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return "directory/manage";
    }

    @GetMapping("/directory/manage/services/{id}")
    String edit(@PathVariable UUID id, Model model) {
        ServiceListing service = editing.service(id);
        model.addAttribute("service", service);
        if (!model.containsAttribute("change")) {
            model.addAttribute(
                    "change",
                    new ServiceChange(
                            service.name(),
                            service.description(),
                            service.url(),
                            service.email(),
                            service.status(),
                            service.kinds().isEmpty()
                                    ? java.util.EnumSet.noneOf(ServiceKind.class)
                                    : java.util.EnumSet.copyOf(service.kinds())));
        }
        return "directory/edit";
    }

    @PostMapping("/directory/manage/services/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("change") ServiceChange change,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("service", editing.service(id));
            return "directory/edit";
        }
        editing.update(id, change);
        redirect.addFlashAttribute("notice", "directory.saved");
        return "redirect:/directory/manage/services/" + id;
    }

    @PostMapping("/directory/manage/services/{id}/verify")
    String verify(@PathVariable UUID id, RedirectAttributes redirect) {
        editing.verify(id);
        redirect.addFlashAttribute("notice", "directory.verifiedNow");
        return "redirect:/directory/manage";
    }

    @PostMapping("/directory/manage/services/{id}/closures")
    String closure(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            editing.addClosure(id, from, to == null ? from : to, reason);
            redirect.addFlashAttribute("notice", "directory.closureAdded");
        } catch (Rejected e) {
            redirect.addFlashAttribute("closureError", e.messageKey());
        }
        return "redirect:/directory/manage/services/" + id;
    }

    @PostMapping("/directory/manage/services/{id}/hours")
    String addHours(
            @PathVariable UUID id,
            @RequestParam(required = false) java.util.Set<java.time.DayOfWeek> days,
            @RequestParam(defaultValue = "") String week,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) java.time.LocalTime opens,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) java.time.LocalTime closes,
            @RequestParam(defaultValue = "false") boolean allDay,
            RedirectAttributes redirect) {
        try {
            Integer weekOfMonth = week.isBlank() ? null : Integer.valueOf(week);
            editing.addHours(id, new org.ourown.directory.HoursChange(days, weekOfMonth, opens, closes, allDay));
            redirect.addFlashAttribute("notice", "directory.hoursAdded");
        } catch (Rejected e) {
            redirect.addFlashAttribute("hoursError", e.messageKey());
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("hoursError", "directory.hours.invalid");
        }
        return "redirect:/directory/manage/services/" + id;
    }

    @PostMapping("/directory/manage/services/{id}/hours/{hours}/delete")
    String removeHours(@PathVariable UUID id, @PathVariable UUID hours, RedirectAttributes redirect) {
        editing.removeHours(id, hours);
        redirect.addFlashAttribute("notice", "directory.hoursRemoved");
        return "redirect:/directory/manage/services/" + id;
    }

    @PostMapping("/directory/manage/organizations/{id}/peer-facts")
    String peerFacts(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer board,
            @RequestParam(required = false) Boolean director,
            @RequestParam(required = false) Integer staff,
            @RequestParam(required = false) Integer volunteers,
            @RequestParam(defaultValue = "false") boolean attached,
            @RequestParam(required = false) Boolean respite,
            RedirectAttributes redirect) {
        for (Integer percent : new Integer[] {board, staff, volunteers}) {
            if (percent != null && (percent < 0 || percent > 100)) {
                redirect.addFlashAttribute("factsError", "directory.percent.range");
                return "redirect:/directory/manage";
            }
        }
        editing.declarePeerFacts(id, new PeerRunFacts(board, director, staff, volunteers, attached, respite));
        redirect.addFlashAttribute("notice", "directory.factsSaved");
        return "redirect:/directory/organizations/" + id;
    }
}
