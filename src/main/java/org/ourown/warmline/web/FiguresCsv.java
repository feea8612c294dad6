package org.ourown.warmline.web;

import org.ourown.warmline.Figure;
import org.ourown.warmline.Figures;

/** Figures as CSV (RFC 4180): one row per figure, suppressed figures as "1–10", "hidden" or "fewer than 11". */
final class FiguresCsv {

    private FiguresCsv() {}

    static String of(Figures figures) {
        StringBuilder csv = new StringBuilder("line,date,hour,measure,value\r\n");
        for (Figures.LineFigures line : figures.lines()) {
            for (Figure f : line.figures()) {
                csv.append(cell(line.name()))
                        .append(',')
                        .append(f.date() == null ? "" : f.date().toString())
                        .append(',')
                        .append(f.hour() == null ? "" : f.hour().toString())
                        .append(',')
                        .append(cell(f.measure()))
                        .append(',')
                        .append(cell(f.text()))
                        .append("\r\n");
            }
        }
        return csv.toString();
    }

    /** Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs a line's name. */
    private static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
