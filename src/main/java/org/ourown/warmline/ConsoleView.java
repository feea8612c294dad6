package org.ourown.warmline;

import java.time.Instant;
import java.util.List;

/** What a peer sees on their console: their presence, their organization's queue, their chats and records to finish. */
public record ConsoleView(
        boolean available,
        int capacity,
        List<QueueLine> queue,
        List<MyChat> chats,
        List<RecordToFinish> drafts,
        List<LineChoice> lines) {

    public int waiting() {
        return queue.stream().mapToInt(QueueLine::waiting).sum();
    }

    public record QueueLine(String lineName, int waiting, Instant oldestQueuedAt) {}

    public record MyChat(ChatId id, String lineName, ChatStatus status, Instant answeredAt) {}

    public record RecordToFinish(ContactRecordId id, String lineName, Channel channel, Instant createdAt) {}

    public record LineChoice(LineId id, String name) {}
}
