package org.ourown.warmline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ourown.accounts.CurrentUser;
import org.ourown.shared.NotFound;
import org.ourown.shared.PersonalDataAccessed;
import org.ourown.shared.PersonalDataAccessed.Action;
import org.ourown.shared.Rejected;
import org.ourown.warmline.BlockDuration;
import org.ourown.warmline.BlockId;
import org.ourown.warmline.BlockRequest;
import org.ourown.warmline.BlockView;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.VisitorBlocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class BlockBook implements VisitorBlocks {

    static final String RECORD_TYPE = "warmline-block";

    private final BlockRows blocks;
    private final ChatRows chats;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BlockBook(BlockRows blocks, ChatRows chats, ApplicationEventPublisher events, Clock clock) {
        this.blocks = blocks;
        this.chats = chats;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public BlockView block(ChatId id, BlockRequest request) {
        CurrentUser me = CoordinatorAccess.coordinator();
        ChatRows.Row chat = chats.find(id)
                .filter(c -> c.organization().equals(me.organization().value()))
                .orElseThrow(() -> new NotFound("chat"));
        BlockDuration duration = BlockDuration.named(request == null ? null : request.duration())
                .orElseThrow(() -> new Rejected("duration", "warmline.block.duration.unknown"));
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty()) {
            throw new Rejected("reason", "warmline.block.reason.missing");
        }
        if (reason.length() > BlockRequest.MAX_REASON) {
            throw new Rejected("reason", "warmline.block.reason.tooLong", BlockRequest.MAX_REASON);
        }
        Instant now = clock.instant();
        if (blocks.inForce(chat.organization(), chat.visitorHash(), now)) {
            throw new Rejected("duration", "warmline.block.already");
        }
        Instant until = duration.length().map(now::plus).orElse(null);
        BlockId block = new BlockId(UUID.randomUUID());
        blocks.insert(block, chat, reason, until, me.id().value(), me.displayName(), now);
        events.publishEvent(new PersonalDataAccessed(
                chat.organization(), RECORD_TYPE, block.toString(), null, Action.CREATE, null));
        return blocks.find(block).orElseThrow().view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BlockView> current() {
        CurrentUser me = CoordinatorAccess.coordinator();
        return blocks.current(me.organization().value(), clock.instant());
    }

    @Override
    public BlockView lift(BlockId id) {
        CurrentUser me = CoordinatorAccess.coordinator();
        BlockRows.Row row = blocks.find(id)
                .filter(b -> b.organization().equals(me.organization().value()))
                .orElseThrow(() -> new NotFound("block"));
        if (blocks.lift(id, me.id().value(), clock.instant())) {
            events.publishEvent(new PersonalDataAccessed(
                    row.organization(), RECORD_TYPE, id.toString(), null, Action.UPDATE, null));
        }
        return blocks.find(id).orElseThrow().view();
    }
}
