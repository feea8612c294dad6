package org.ourown.directory.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Taxonomy terms met in imports; a term's taxonomy comes along when the document nests it. */
final class Terms {

    private Terms() {}

    static boolean exists(JdbcClient jdbc, UUID id) {
        return jdbc.sql("select count(*) > 0 from directory.taxonomy_term where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    static void upsert(JdbcClient jdbc, Fields term, UUID id) {
        String name = term.required("name");
        if (name == null) {
            return;
        }
        UUID taxonomyId = term.optionalId("taxonomy_id");
        Fields taxonomy = term.object("taxonomy_detail");
        if (taxonomy != null && taxonomyId == null) {
            taxonomyId = taxonomy.id("id");
        }
        if (taxonomy != null && taxonomyId != null) {
            jdbc.sql("insert into directory.taxonomy (id, name, description, uri, version) values (:id, :name,"
                            + " coalesce(:description, ''), :uri, :version) on conflict (id) do nothing")
                    .param("id", taxonomyId)
                    .param("name", taxonomy.has("name") ? taxonomy.text("name") : "taxonomy")
                    .param("description", taxonomy.text("description"))
                    .param("uri", taxonomy.text("uri"))
                    .param("version", taxonomy.text("version"))
                    .update();
        } else if (taxonomyId != null && !taxonomyExists(jdbc, taxonomyId)) {
            taxonomyId = null; // an unknown taxonomy: keep the term, without claiming its vocabulary
        }
        jdbc.sql("insert into directory.taxonomy_term (id, taxonomy_id, code, name, description, language, term_uri)"
                        + " values (:id, :taxonomy, :code, :name, coalesce(:description, ''), :language, :uri)"
                        + " on conflict (id) do nothing")
                .param("id", id)
                .param("taxonomy", taxonomyId)
                .param("code", term.text("code"))
                .param("name", name)
                .param("description", term.text("description"))
                .param("language", term.text("language"))
                .param("uri", term.text("term_uri"))
                .update();
    }

    private static boolean taxonomyExists(JdbcClient jdbc, UUID id) {
        return jdbc.sql("select count(*) > 0 from directory.taxonomy where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }
}
