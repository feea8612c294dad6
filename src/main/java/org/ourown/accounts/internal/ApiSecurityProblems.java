package org.ourown.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 from the API as problem details (RFC 9457), like every other API error. */
@Component
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;

    ApiSecurityProblems(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"OurOwn\", charset=\"UTF-8\"");
        String detail = failure instanceof SignInThrottled ? "signIn.throttled.api" : "error.401.text";
        write(response, 401, "error.401.title", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, 403, "error.403.title", "error.403.text");
    }

    private void write(HttpServletResponse response, int status, String titleKey, String detailKey) throws IOException {
        var locale = LocaleContextHolder.getLocale();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":"
                        + json(messages.getMessage(titleKey, null, locale)) + ",\"detail\":"
                        + json(messages.getMessage(detailKey, null, locale)) + "}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
