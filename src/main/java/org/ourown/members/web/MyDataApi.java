package org.ourown.members.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ourown.accounts.Role;
import org.ourown.members.AccessLog;
import org.ourown.members.AccessLogEntry;
import org.ourown.members.ErasureRequestView;
import org.ourown.members.Erasures;
import org.ourown.members.MembershipId;
import org.ourown.members.MyData;
import org.ourown.members.Purpose;
import org.ourown.shared.NotFound;
import org.ourown.shared.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The member's access log, their whole record and erasure over JSON; coordinators confirm erasures. */
@RestController
@RequestMapping("/api")
class MyDataApi {

    private static final int PAGE_SIZE = 25;

    private final AccessLog log;
    private final AccessLogWords words;
    private final MyData myData;
    private final Erasures erasures;
    private final java.time.Clock clock;

    MyDataApi(AccessLog log, AccessLogWords words, MyData myData, Erasures erasures, java.time.Clock clock) {
        this.log = log;
        this.words = words;
        this.myData = myData;
        this.erasures = erasures;
        this.clock = clock;
    }

    /**
     * One line of the access log: the facts, and the same line as a sentence in the caller's language.
     *
     * @param what the part of the record in words, e.g. "your notes"
     * @param recordType the same part as the audit trail names it, e.g. {@code member-notes}
     */
    record Line(
            Instant at,
            LocalDate on,
            String who,
            List<Role> roles,
            String organizationName,
            String action,
            String what,
            String recordType,
            Purpose purpose,
            String sentence) {}

    @GetMapping("/me/access-log")
    Paging<Line> accessLog(@RequestParam(defaultValue = "1") int page, Locale locale) {
        Paging<AccessLogEntry> entries = log.mine(page, PAGE_SIZE);
        List<Line> lines = entries.items().stream()
                .map(e -> new Line(
                        e.at(),
                        e.on(),
                        e.who(),
                        e.roles(),
                        e.organizationName(),
                        e.action(),
                        words.what(e, locale),
                        e.recordType(),
                        e.purpose(),
                        words.sentence(e, locale)))
                .toList();
        return new Paging<>(lines, entries.page(), entries.size(), entries.total());
    }

    /** Everything about the member, as {@code /me/export.json} gives it; the export is audited. */
    @GetMapping("/me/export")
    Map<String, Object> export() {
        return MyDataController.body(myData.export(), clock.instant());
    }

    /** The member's pending request to be erased; 404 when there is none. */
    @GetMapping("/me/erasure")
    ErasureRequestView erasure() {
        return erasures.mine().orElseThrow(() -> new NotFound("erasure request"));
    }

    /** Asking again while a request waits is a 409 problem naming the rule {@code erasure.alreadyAsked}. */
    @PostMapping("/me/erasure")
    @ResponseStatus(HttpStatus.CREATED)
    ErasureRequestView askToBeErased() {
        return erasures.request();
    }

    @DeleteMapping("/me/erasure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw() {
        erasures.withdraw();
    }

    @GetMapping("/members/erasures")
    List<ErasureRequestView> pending() {
        return erasures.pending();
    }

    @PostMapping("/members/erasures/{id}/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirm(@PathVariable UUID id) {
        erasures.confirm(new MembershipId(id));
    }
}
