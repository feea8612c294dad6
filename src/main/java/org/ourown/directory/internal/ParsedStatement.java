package org.ourown.directory.internal;

import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * A search statement as written (named parameters, which {@link SearchSql#params} fill) and as the JDBC driver takes
 * it ({@code ?} in their places), parsed once when {@link SearchStatements} builds a shape's statements.
 */
record ParsedStatement(String named, String jdbc, ParsedSql parsed) {

    ParsedStatement(String named) {
        this(named, NamedParameterUtils.parseSqlStatement(named));
    }

    private ParsedStatement(String named, ParsedSql parsed) {
        this(named, NamedParameterUtils.substituteNamedParameters(parsed, null), parsed);
    }
}
