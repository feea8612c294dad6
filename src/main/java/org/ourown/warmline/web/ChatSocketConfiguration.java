package org.ourown.warmline.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** The chat sockets; with no allowed origins set, Spring accepts only handshakes from this site's own pages. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class ChatSocketConfiguration implements WebSocketConfigurer {

    private final ChatSockets sockets;
    private final ChatSocketHandshake handshake;

    ChatSocketConfiguration(ChatSockets sockets, ChatSocketHandshake handshake) {
        this.sockets = sockets;
        this.handshake = handshake;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(sockets, "/warmline/chat/*/socket", "/warmline/console/chats/*/socket")
                .addInterceptors(handshake);
    }
}
