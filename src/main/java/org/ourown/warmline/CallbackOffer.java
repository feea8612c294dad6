package org.ourown.warmline;

import java.time.Instant;
import java.util.List;

/**
 * The visitor's callback page.
 *
 * @param open whether the visitor may still ask (while the chat is on, or shortly after it ends)
 * @param requested windows already asked for in this chat, soonest first
 */
public record CallbackOffer(
        ChatId chat,
        String lineName,
        String lineSlug,
        String timezone,
        List<String> crisisResources,
        boolean open,
        List<Window> requested) {

    public record Window(Instant start, Instant end) {}
}
