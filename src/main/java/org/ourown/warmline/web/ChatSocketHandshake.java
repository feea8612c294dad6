package org.ourown.warmline.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ourown.shared.NotFound;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.PeerConsole;
import org.ourown.warmline.VisitorChats;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * Opens a chat socket only for whoever may read the chat, asked of the module's facade before the upgrade, so that a
 * wrong id, secret or peer is a plain 404: the visitor proves themselves with the chat's secret cookie, a peer with
 * the signed-in session (Spring Security has run on the handshake). What it learned goes with the socket.
 */
@Component
class ChatSocketHandshake implements HandshakeInterceptor {

    private static final Pattern VISITOR = Pattern.compile("/warmline/chat/([0-9a-fA-F-]{36})/socket");
    private static final Pattern PEER = Pattern.compile("/warmline/console/chats/([0-9a-fA-F-]{36})/socket");
    private static final String OPENED = "ourown.chatSocket";

    /**
     * Who opened the socket on which chat: a visitor's secret, or a peer's security context and server session id;
     * the reader's language; the last message id the page already shows.
     */
    record Opened(ChatId chat, String secret, SecurityContext context, String httpSession, Locale locale, long after) {

        boolean peer() {
            return context != null;
        }

        static Opened of(WebSocketSession socket) {
            return (Opened) socket.getAttributes().get(OPENED);
        }
    }

    private final VisitorChats visitors;
    private final PeerConsole console;

    ChatSocketHandshake(VisitorChats visitors, PeerConsole console) {
        this.visitors = visitors;
        this.console = console;
    }

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        if (!(request instanceof ServletServerHttpRequest servlet)) {
            response.setStatusCode(HttpStatus.NOT_FOUND);
            return false;
        }
        HttpServletRequest http = servlet.getServletRequest();
        String path = http.getRequestURI().substring(http.getContextPath().length());
        Matcher visitor = VISITOR.matcher(path);
        Matcher peer = PEER.matcher(path);
        Locale locale = LocaleContextHolder.getLocale();
        long after = LastSeen.of(http.getParameter("after"), null);
        try {
            if (visitor.matches()) {
                ChatId id = new ChatId(UUID.fromString(visitor.group(1)));
                Cookie cookie = WebUtils.getCookie(http, VisitorCookies.CHAT);
                String secret = cookie == null ? null : cookie.getValue();
                visitors.state(id, secret);
                attributes.put(OPENED, new Opened(id, secret, null, null, locale, after));
            } else if (peer.matches()) {
                ChatId id = new ChatId(UUID.fromString(peer.group(1)));
                console.state(id);
                HttpSession signedIn = http.getSession(false);
                attributes.put(
                        OPENED,
                        new Opened(
                                id,
                                null,
                                SecurityContextHolder.getContext(),
                                signedIn == null ? null : signedIn.getId(),
                                locale,
                                after));
            } else {
                response.setStatusCode(HttpStatus.NOT_FOUND);
                return false;
            }
        } catch (NotFound | IllegalArgumentException e) {
            response.setStatusCode(HttpStatus.NOT_FOUND);
            return false;
        } catch (AccessDeniedException e) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        return true;
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception exception) {}
}
