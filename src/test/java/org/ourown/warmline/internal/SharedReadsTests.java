package org.ourown.warmline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatMessage;
import org.ourown.warmline.ChatMessage.Sender;
import org.ourown.warmline.ChatStatus;
import org.ourown.warmline.LineId;

/**
 * A chat's streams on one instance share a read only within the news it followed: a later reader gets the rows after
 * its own last id, and news (or a read that stopped at the limit) always means a fresh read.
 */
class SharedReadsTests {

    private final ChatRows.Row chat = new ChatRows.Row(
            new ChatId(UUID.randomUUID()),
            new LineId(UUID.randomUUID()),
            UUID.randomUUID(),
            "secret-hash",
            "visitor-hash",
            ChatStatus.ACTIVE,
            Instant.EPOCH,
            Instant.EPOCH,
            null,
            UUID.randomUUID());

    @Test
    void aReadIsSharedWithinItsNewsOnly() {
        ChatListeners.Audience audience = new ChatListeners.Audience();
        audience.news();
        long since = audience.generation();
        assertThat(audience.shared(since, 10)).as("nothing read yet").isNull();

        audience.share(since, read(10, 11, 12));
        assertThat(ids(audience.shared(since, 10))).containsExactly(11L, 12L);
        assertThat(ids(audience.shared(since, 11))).as("a reader further on").containsExactly(12L);
        assertThat(audience.shared(since, 9))
                .as("a reader behind the read needs its own")
                .isNull();

        audience.news();
        assertThat(audience.shared(since, 10)).as("news since: read again").isNull();
        assertThat(audience.shared(audience.generation(), 10)).isNull();
    }

    @Test
    void aReadMadeBeforeNewerNewsIsNotShared() {
        ChatListeners.Audience audience = new ChatListeners.Audience();
        long since = audience.generation();
        audience.news(); // news came while the read was on its way
        audience.share(since, read(10, 11));
        assertThat(audience.shared(audience.generation(), 10)).isNull();
        assertThat(audience.shared(since, 10)).isNull();
    }

    @Test
    void aReadThatStoppedAtTheLimitIsNotShared() {
        ChatListeners.Audience audience = new ChatListeners.Audience();
        long since = audience.generation();
        long[] ids = new long[MessageRows.LIMIT];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i + 1;
        }
        audience.share(since, read(0, ids));
        assertThat(audience.shared(since, 0)).isNull();
    }

    private MessageRows.ChatRead read(long after, long... ids) {
        List<ChatMessage> messages = java.util.Arrays.stream(ids)
                .mapToObj(id -> new ChatMessage(id, Sender.VISITOR, "m" + id, Instant.EPOCH))
                .toList();
        return new MessageRows.ChatRead(chat, after, messages);
    }

    private static List<Long> ids(MessageRows.ChatRead read) {
        return read.messages().stream().map(ChatMessage::id).toList();
    }
}
