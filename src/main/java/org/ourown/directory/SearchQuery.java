package org.ourown.directory;

import java.time.Instant;
import org.ourown.shared.Paging;

/**
 * A directory search; every part is optional and they combine with AND.
 *
 * @param openAt only services open at that instant (now, for "open now")
 * @param attendance {@code in-person} or {@code online}
 * @param language an ISO 639-1 code such as {@code es}
 * @param accessibility a feature code such as {@code wheelchair}
 */
public record SearchQuery(
        String text,
        ServiceKind kind,
        Near near,
        Instant openAt,
        String attendance,
        String language,
        String accessibility,
        boolean peerRunOnly,
        int page,
        int size) {

    public SearchQuery {
        Paging.check(page, size);
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            throw new org.ourown.shared.Rejected("q", "directory.text.long");
        }
        if (attendance != null
                && !attendance.isBlank()
                && !attendance.equals("in-person")
                && !attendance.equals("online")) {
            throw new org.ourown.shared.Rejected("attendance", "directory.attendance.unknown");
        }
        attendance = attendance == null || attendance.isBlank() ? null : attendance;
        if (language != null && !language.isBlank() && !language.matches("[a-z]{2,3}")) {
            throw new org.ourown.shared.Rejected("language", "directory.language.unknown");
        }
        language = language == null || language.isBlank() ? null : language;
        accessibility = accessibility == null || accessibility.isBlank() ? null : accessibility;
    }

    public static SearchQuery everything(int page, int size) {
        return new SearchQuery(null, null, null, null, null, null, null, false, page, size);
    }
}
