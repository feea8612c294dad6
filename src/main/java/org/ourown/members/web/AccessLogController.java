package org.ourown.members.web;

import java.util.List;
import java.util.Locale;
import org.ourown.members.AccessLog;
import org.ourown.members.AccessLogEntry;
import org.ourown.shared.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member reads who has looked at their record, and why, in words. */
@Controller
class AccessLogController {

    private static final int PAGE_SIZE = 25;

    private final AccessLog log;
    private final AccessLogWords words;

    AccessLogController(AccessLog log, AccessLogWords words) {
        this.log = log;
        this.words = words;
    }

    /** One line of the page: the sentence, and when exactly for the machine-readable time element. */
    record Line(String sentence, String at) {}

    @GetMapping("/me/access-log")
    String page(@RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
        Paging<AccessLogEntry> entries = log.mine(page, PAGE_SIZE);
        List<Line> lines = entries.items().stream()
                .map(e -> new Line(words.sentence(e, locale), e.at().toString()))
                .toList();
        model.addAttribute("entries", entries);
        model.addAttribute("lines", lines);
        return "members/access-log";
    }
}
