package org.ourown.warmline.web;

import java.util.UUID;
import org.ourown.accounts.AccountId;
import org.ourown.shared.Rejected;
import org.ourown.warmline.ChatHandovers;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.HandoverView;
import org.ourown.warmline.ReturningVisitors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Being remembered (the visitor's choice, with the chat's secret) and passing a chat on (the peer holding it), over
 * JSON, through the same facades as the pages.
 */
@RestController
class WarmlineHandoverApi {

    private final ReturningVisitors returning;
    private final ChatHandovers handovers;

    WarmlineHandoverApi(ReturningVisitors returning, ChatHandovers handovers) {
        this.returning = returning;
        this.handovers = handovers;
    }

    /** Exactly one of the two: a name the visitor chooses, or a random token their app keeps (40–100 characters). */
    record Remember(String alias, String returningToken) {}

    record Remembered(boolean remembered) {}

    @GetMapping("/api/warmline/chats/{id}/remember")
    Remembered remembered(
            @PathVariable ChatId id, @RequestHeader(name = WarmlineVisitorApi.SECRET, required = false) String secret) {
        return new Remembered(returning.remembered(id, secret));
    }

    @PutMapping("/api/warmline/chats/{id}/remember")
    Remembered remember(
            @PathVariable ChatId id,
            @RequestHeader(name = WarmlineVisitorApi.SECRET, required = false) String secret,
            @RequestBody Remember remember) {
        boolean byAlias = remember.alias() != null;
        boolean byToken = remember.returningToken() != null;
        if (byAlias == byToken) {
            throw new Rejected("alias", "warmline.api.rememberOne");
        }
        if (byToken
                && (remember.returningToken().length() < 40
                        || remember.returningToken().length() > 100)) {
            throw new Rejected("returningToken", "warmline.api.returningToken");
        }
        returning.remember(id, secret, remember.alias(), remember.returningToken());
        return new Remembered(true);
    }

    /** "Stop remembering me": no chat stays linked to another. */
    @DeleteMapping("/api/warmline/chats/{id}/remember")
    ResponseEntity<Void> forget(
            @PathVariable ChatId id, @RequestHeader(name = WarmlineVisitorApi.SECRET, required = false) String secret) {
        returning.forget(id, secret);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/warmline/console/chats/{id}/handover")
    HandoverView handover(@PathVariable ChatId id) {
        return handovers.handover(id);
    }

    /** To another peer ({@code to}: their account id) or, with no {@code to}, back to the queue. */
    record Transfer(UUID to, String note) {}

    @PostMapping("/api/warmline/console/chats/{id}/transfer")
    ResponseEntity<Void> transfer(@PathVariable ChatId id, @RequestBody Transfer transfer) {
        String note = transfer.note() == null ? "" : transfer.note();
        if (transfer.to() == null) {
            handovers.backToQueue(id, note);
        } else {
            handovers.transfer(id, new AccountId(transfer.to()), note);
        }
        return ResponseEntity.noContent().build();
    }
}
