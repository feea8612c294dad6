package org.ourown.warmline.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.ourown.warmline.Figures;
import org.ourown.warmline.Lines;
import org.ourown.warmline.WarmlineFigures;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Figures for coordinators: a page and the same figures as CSV. Bad input shows the form with its errors (400); a
 * line that is not one of the organization's is 404, with the form saying so.
 */
@Controller
class FiguresController {

    private final WarmlineFigures figures;
    private final Lines lines;
    private final MessageSource messages;

    FiguresController(WarmlineFigures figures, Lines lines, MessageSource messages) {
        this.figures = figures;
        this.lines = lines;
        this.messages = messages;
    }

    @GetMapping("/warmline/console/figures")
    String page(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String line,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        FiguresRequest request = FiguresRequest.of(from, to, line, figures.lastFourWeeks());
        Figures shown = null;
        if (request.ok()) {
            try {
                shown = figures.figures(request.query());
            } catch (NotFound e) {
                request = request.failed("line", "warmline.figures.line.unknown");
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            } catch (Rejected e) {
                request = request.failed(e.field(), e.messageKey());
            }
        }
        if (!request.ok() && response.getStatus() == HttpServletResponse.SC_OK) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("form", request);
        model.addAttribute("lines", lines.mine());
        model.addAttribute("figures", shown);
        model.addAttribute("say", new FigureWords(messages, locale));
        return "warmline/figures";
    }

    /** One tidy table: line, date, hour, measure, value; suppressed exactly as on the page. */
    @GetMapping("/warmline/console/figures.csv")
    Object csv(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String line,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        FiguresRequest request = FiguresRequest.of(from, to, line, figures.lastFourWeeks());
        if (!request.ok()) {
            return page(from, to, line, response, locale, model);
        }
        Figures shown;
        try {
            shown = figures.figures(request.query());
        } catch (NotFound | Rejected e) {
            return page(from, to, line, response, locale, model);
        }
        String name = "warmline-figures-" + shown.from() + "-" + shown.to() + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(FiguresCsv.of(shown));
    }
}
