package org.ourown.warmline.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourown.shared.Rejected;
import org.ourown.warmline.Figure;
import org.ourown.warmline.Figures;
import org.ourown.warmline.WarmlineFigures;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures as JSON, suppressed exactly as on the page: {@code value} is a number, or the text that stands in for it
 * ("1–10", "hidden", "fewer than 11"). A line of another organization is 404.
 */
@RestController
class FiguresApi {

    private final WarmlineFigures figures;

    FiguresApi(WarmlineFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/warmline/figures")
    Map<String, Object> figures(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String line) {
        FiguresRequest request = FiguresRequest.of(from, to, line, figures.lastFourWeeks());
        if (!request.ok()) {
            Map.Entry<String, String> first =
                    request.errors().entrySet().iterator().next();
            throw new Rejected(first.getKey(), first.getValue());
        }
        Figures shown = figures.figures(request.query());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", shown.from().toString());
        body.put("to", shown.to().toString());
        body.put("timezone", shown.timezone());
        body.put("lines", shown.lines().stream().map(FiguresApi::line).toList());
        return body;
    }

    private static Map<String, Object> line(Figures.LineFigures line) {
        List<Map<String, Object>> rows =
                line.figures().stream().map(FiguresApi::figure).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("line", line.line().toString());
        body.put("name", line.name());
        body.put("figures", rows);
        return body;
    }

    private static Map<String, Object> figure(Figure f) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("measure", f.measure());
        row.put("date", f.date() == null ? null : f.date().toString());
        row.put("hour", f.hour());
        row.put("value", f.isNumber() ? f.value() : f.text());
        return row;
    }
}
