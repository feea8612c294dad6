package org.ourown.warmline.internal;

import org.ourown.shared.NotFound;
import org.ourown.warmline.ChatId;

/** A chat, only for the browser that holds its secret; anyone else learns nothing, not even that it exists. */
final class VisitorSecret {

    private VisitorSecret() {}

    static ChatRows.Row chat(ChatRows chats, ChatId id, String secret) {
        return chats.find(id)
                .filter(chat -> Secrets.matches(secret, chat.secretHash()))
                .orElseThrow(() -> new NotFound("chat"));
    }
}
