package org.ourown.warmline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The requests a live chat repeats, the script's message post, the event stream and the WebSocket's handshake, run
 * without the visitor's server session: the chat's secret cookie is their proof, so nothing in them needs the session, and leaving it
 * alone spares every message a session read and write in PostgreSQL. Code that asks for an existing session is
 * told there is none; code that needs one to be made still gets it. Sits between Spring Session's filter and
 * Spring Security's.
 */
class SessionlessChatRequests extends OncePerRequestFilter {

    private static final Pattern MESSAGES = Pattern.compile("/warmline/chat/[0-9a-fA-F-]{36}/messages");
    private static final Pattern EVENTS = Pattern.compile("/warmline/chat/[0-9a-fA-F-]{36}/(events|socket)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(live(request) ? new WithoutSession(request) : request, response);
    }

    static boolean live(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ("POST".equals(request.getMethod())
                        && "fetch".equals(request.getHeader("X-Requested-With"))
                        && MESSAGES.matcher(path).matches())
                || ("GET".equals(request.getMethod()) && EVENTS.matcher(path).matches());
    }

    private static final class WithoutSession extends HttpServletRequestWrapper {

        WithoutSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            return create ? super.getSession(true) : null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }
    }
}
