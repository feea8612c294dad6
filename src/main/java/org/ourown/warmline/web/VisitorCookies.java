package org.ourown.warmline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.UUID;
import org.ourown.warmline.ChatId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * What a visitor's browser keeps, out of reach of scripts: a visitor token that counts contacts per day (the server
 * keeps only its hash), and each chat's secret, sent only to that chat's own addresses.
 */
final class VisitorCookies {

    static final String VISITOR = "ourown-visitor";
    static final String CHAT = "ourown-chat";

    private VisitorCookies() {}

    static String visitorToken(String existing, HttpServletRequest request, HttpServletResponse response) {
        if (validToken(existing)) {
            return existing;
        }
        String token = newToken();
        set(
                response,
                ResponseCookie.from(VISITOR, token)
                        .path("/warmline")
                        .maxAge(Duration.ofDays(1))
                        .httpOnly(true)
                        .secure(request.isSecure())
                        .sameSite("Lax")
                        .build());
        return token;
    }

    static boolean validToken(String token) {
        return token != null && token.length() >= 32 && token.length() <= 100;
    }

    static String newToken() {
        return UUID.randomUUID() + "-" + UUID.randomUUID();
    }

    static void chatSecret(ChatId chat, String secret, HttpServletRequest request, HttpServletResponse response) {
        set(
                response,
                ResponseCookie.from(CHAT, secret)
                        .path("/warmline/chat/" + chat)
                        .httpOnly(true)
                        .secure(request.isSecure())
                        .sameSite("Strict")
                        .build());
    }

    private static void set(HttpServletResponse response, ResponseCookie cookie) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
