package org.ourown.warmline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.ourown.warmline.ReturningVisitors;
import org.ourown.warmline.StartOutcome;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The start page's optional "remember me": by an alias the visitor chooses, or by a random returning token kept in a
 * long-lived cookie scripts cannot read. Nothing is linked unless the visitor picks one of them.
 */
@Component
class Remembering {

    static final String RETURNING = "ourown-returning";
    static final String BY_BROWSER = "browser";
    static final String BY_ALIAS = "alias";

    private final ReturningVisitors returning;

    Remembering(ReturningVisitors returning) {
        this.returning = returning;
    }

    /** The refusal's message key when the choice cannot be used, before any chat is started; null when fine. */
    static String check(String remember, String alias) {
        if (BY_ALIAS.equals(remember)) {
            String name = alias == null ? "" : alias.strip();
            if (name.isEmpty() || name.length() > ReturningVisitors.MAX_ALIAS) {
                return "warmline.remember.alias.size";
            }
        }
        return null;
    }

    void apply(
            StartOutcome started,
            String remember,
            String alias,
            String token,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (BY_ALIAS.equals(remember)) {
            returning.remember(started.chat(), started.secret(), alias, null);
        } else if (BY_BROWSER.equals(remember)) {
            String kept = token != null && token.length() >= 40 && token.length() <= 100 ? token : null;
            if (kept == null) {
                kept = RandomTokens.next();
                cookie(response, request, kept, Duration.ofDays(365));
            }
            returning.remember(started.chat(), started.secret(), null, kept);
        }
    }

    static void clear(HttpServletRequest request, HttpServletResponse response) {
        cookie(response, request, "", Duration.ZERO);
    }

    private static void cookie(HttpServletResponse response, HttpServletRequest request, String value, Duration age) {
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                ResponseCookie.from(RETURNING, value)
                        .path("/warmline")
                        .maxAge(age)
                        .httpOnly(true)
                        .secure(request.isSecure())
                        .sameSite("Lax")
                        .build()
                        .toString());
    }
}
