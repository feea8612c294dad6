package org.ourown.members.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ourown.members.SessionKind;
import org.ourown.members.SupportSessionView.Correction;
import org.ourown.members.SupportSessionView.Response;
import org.ourown.members.SupportSessionView.Writer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The member's support sessions (with corrections and their responses) and referrals, in "all my data". */
@Configuration(proxyBeanMethods = false)
class SupportNotesExport {

    static final int SESSIONS_ORDER = 40;
    static final int REFERRALS_ORDER = 45;

    @Bean
    MemberDataExport supportSessionsExport(SessionRows sessions, SessionAnswers answers) {
        return member -> {
            SessionAnswers.Answers all = answers.of(member.id());
            var data = sessions.of(member.id()).stream()
                    .map(s -> new ExportedSession(
                            s.id(),
                            s.heldOn(),
                            s.minutes(),
                            s.kind(),
                            s.place(),
                            s.note(),
                            s.author(),
                            s.createdAt(),
                            s.changedAt(),
                            all.correctionsOf(s.id()),
                            all.responseTo(s.id())))
                    .toList();
            return new MemberDataExport.ExportPart(
                    "supportSessions", SESSIONS_ORDER, data, "members/notes-print :: sessions");
        };
    }

    @Bean
    MemberDataExport referralsExport(ReferralRows referrals) {
        return member -> new MemberDataExport.ExportPart(
                "referrals", REFERRALS_ORDER, referrals.of(member.id()), "members/notes-print :: referrals");
    }

    record ExportedSession(
            UUID id,
            LocalDate heldOn,
            int minutes,
            SessionKind kind,
            String place,
            String note,
            Writer author,
            Instant writtenAt,
            Instant changedAt,
            List<Correction> corrections,
            Response response) {}
}
