package org.ourown.members.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ourown.members.AccessLogEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says one access-log entry as a sentence in the member's language: "Sam Lee (peer, Riverside Center) viewed your
 * notes on 3 May 2026 — one-to-one support". Parts of the record this class has no words for are "your record".
 */
@Component
class AccessLogWords {

    private final MessageSource messages;

    AccessLogWords(MessageSource messages) {
        this.messages = messages;
    }

    String sentence(AccessLogEntry entry, Locale locale) {
        String roles = entry.roles().stream()
                .map(role -> messages.getMessage("accessLog.role." + role, null, role.name(), locale))
                .collect(Collectors.joining(" / "));
        // The deployment's own people (network admins, the system itself) belong to no organization.
        boolean network = entry.roles().equals(java.util.List.of(org.ourown.accounts.Role.NETWORK_ADMIN));
        String who = network
                ? messages.getMessage("accessLog.who", new Object[] {roles}, locale)
                : roles.isEmpty()
                        ? messages.getMessage("accessLog.who", new Object[] {entry.organizationName()}, locale)
                        : messages.getMessage(
                                "accessLog.whoWithRole", new Object[] {roles, entry.organizationName()}, locale);
        String did = messages.getMessage(
                "accessLog.action." + entry.action(),
                null,
                messages.getMessage("accessLog.action.other", null, locale),
                locale);
        String what = what(entry, locale);
        String on = DateTimeFormatter.ofPattern(messages.getMessage("accessLog.datePattern", null, locale), locale)
                .format(entry.on());
        Object[] words = entry.purpose() == null
                ? new Object[] {entry.who(), who, did, what, on}
                : new Object[] {
                    entry.who(),
                    who,
                    did,
                    what,
                    on,
                    messages.getMessage("member.purpose." + entry.purpose(), null, locale)
                };
        return messages.getMessage(
                entry.purpose() == null ? "accessLog.line" : "accessLog.lineWithPurpose", words, locale);
    }

    /** The part of the record in words, e.g. "your notes". */
    String what(AccessLogEntry entry, Locale locale) {
        return messages.getMessage(
                "accessLog.what." + entry.recordType(),
                null,
                messages.getMessage("accessLog.what.other", null, locale),
                locale);
    }
}
