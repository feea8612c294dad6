package org.ourown.directory.web;

import java.util.UUID;
import org.ourown.directory.ServiceKind;
import org.ourown.shared.Rejected;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checks taxonomy term ids given to the API, and maps ours to service kinds. */
@Component
class TermCodes {

    private final JdbcClient jdbc;

    TermCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id itself; an id that names no term is a 400, not an empty result that hides the typo. */
    UUID check(UUID term) {
        if (term != null
                && ours(term) == null
                && !jdbc.sql("select count(*) > 0 from directory.taxonomy_term where id = :id")
                        .param("id", term)
                        .query(Boolean.class)
                        .single()) {
            throw new Rejected("taxonomy_term_id", "directory.term.unknown");
        }
        return term;
    }

    ServiceKind kind(UUID term) {
        ServiceKind kind = ours(term);
        if (kind != null) {
            return kind;
        }
        return jdbc.sql("select code from directory.taxonomy_term where id = :id")
                .param("id", term)
                .query(String.class)
                .optional()
                .flatMap(ServiceKind::ofCode)
                .orElse(null);
    }

    /** Our kinds' terms are created by the directory's migrations and never change: no need to ask the database. */
    private static ServiceKind ours(UUID term) {
        for (ServiceKind kind : ServiceKind.values()) {
            if (kind.termId().equals(term)) {
                return kind;
            }
        }
        return null;
    }
}
