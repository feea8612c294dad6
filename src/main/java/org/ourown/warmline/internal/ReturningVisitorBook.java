package org.ourown.warmline.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.ourown.shared.Rejected;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ReturningVisitors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ReturningVisitorBook implements ReturningVisitors {

    private final ChatRows chats;
    private final RecognitionRows recognition;
    private final Clock clock;

    ReturningVisitorBook(ChatRows chats, RecognitionRows recognition, Clock clock) {
        this.chats = chats;
        this.recognition = recognition;
        this.clock = clock;
    }

    @Override
    public void remember(ChatId id, String secret, String alias, String returningToken) {
        ChatRows.Row chat = VisitorSecret.chat(chats, id, secret);
        String hash;
        if (returningToken != null) {
            hash = hash("token", chat.organization(), returningToken);
        } else {
            String name = alias == null ? "" : alias.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || name.length() > MAX_ALIAS) {
                throw new Rejected("alias", "warmline.remember.alias.size");
            }
            hash = hash("alias", chat.organization(), name);
        }
        recognition.link(id, chat.organization(), hash, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean remembered(ChatId id, String secret) {
        VisitorSecret.chat(chats, id, secret);
        return recognition.hashOf(id).isPresent();
    }

    @Override
    public void forget(ChatId id, String secret) {
        ChatRows.Row chat = VisitorSecret.chat(chats, id, secret);
        recognition.hashOf(id).ifPresent(hash -> recognition.forget(chat.organization(), hash));
    }

    /** Per organization, so that two organizations' hashes of the same alias or token never match. */
    private static String hash(String kind, UUID organization, String value) {
        return Secrets.hash(kind + ":" + organization + ":" + value);
    }
}
