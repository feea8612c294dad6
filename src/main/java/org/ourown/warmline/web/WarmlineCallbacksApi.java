package org.ourown.warmline.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.ourown.warmline.CallbackId;
import org.ourown.warmline.CallbackList;
import org.ourown.warmline.CallbackOutcome;
import org.ourown.warmline.CallbackRequest;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.CheckInCallbacks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Check-in callbacks over JSON. The visitor's request carries the chat's secret in {@code X-Chat-Secret}; peers list
 * the callbacks to make (each number shown is an audited read) and log outcomes, which erase the number.
 */
@RestController
@RequestMapping("/api/warmline")
class WarmlineCallbacksApi {

    static final String SECRET_HEADER = "X-Chat-Secret";

    private final CheckInCallbacks callbacks;

    WarmlineCallbacksApi(CheckInCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    record Requested(CallbackId id) {}

    record Outcome(@NotNull CallbackOutcome outcome) {}

    @PostMapping("/chats/{id}/callback")
    ResponseEntity<Requested> request(
            @PathVariable ChatId id,
            @RequestHeader(name = SECRET_HEADER, required = false) String secret,
            @Valid @RequestBody CallbackRequest request) {
        CallbackId saved = callbacks.request(id, secret, request);
        return ResponseEntity.created(URI.create("/api/warmline/chats/" + id + "/callback"))
                .body(new Requested(saved));
    }

    @GetMapping("/callbacks")
    CallbackList open() {
        return callbacks.open();
    }

    @PostMapping("/callbacks/{id}/outcome")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void outcome(@PathVariable CallbackId id, @Valid @RequestBody Outcome outcome) {
        callbacks.complete(id, outcome.outcome());
    }
}
