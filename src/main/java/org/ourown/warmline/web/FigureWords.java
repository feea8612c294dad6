package org.ourown.warmline.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.ourown.warmline.Figure;
import org.springframework.context.MessageSource;

/** How a figure reads on the page, in the reader's language; a suppressed one never shows a number. */
record FigureWords(MessageSource messages, Locale locale) {

    public String text(Figure figure) {
        return switch (figure.shown()) {
            case COUNT, STATISTIC -> figure.value().toPlainString();
            case FEW -> "1–10";
            case HIDDEN -> messages.getMessage("warmline.figures.hidden", null, locale);
            case TOO_FEW -> messages.getMessage("warmline.figures.tooFew", null, locale);
        };
    }

    /** Seconds as minutes with one decimal. */
    public String minutes(Figure figure) {
        if (figure.shown() != Figure.Shown.STATISTIC) {
            return text(figure);
        }
        BigDecimal minutes = figure.value().divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        return messages.getMessage("warmline.figures.minutes", new Object[] {minutes.toPlainString()}, locale);
    }

    public boolean hidden(Figure figure) {
        return !figure.isNumber();
    }
}
