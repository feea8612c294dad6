package org.ourown.directory.internal;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The HSDS list endpoints: filters combine with AND, pages count from 1, each item is the HSDS "list" shape. */
@Component
@Transactional(readOnly = true)
public class HsdsLists {

    /** One page of HSDS objects, before it is put in the HSDS page envelope. */
    public record Page(List<?> contents, long total, int page, int perPage) {

        public Map<String, Object> envelope() {
            int pages = total == 0 ? 1 : (int) ((total + perPage - 1) / perPage);
            Map<String, Object> envelope = new LinkedHashMap<>();
            envelope.put("total_items", total);
            envelope.put("total_pages", pages);
            envelope.put("page_number", page);
            envelope.put("size", contents.size());
            envelope.put("first_page", page == 1);
            envelope.put("last_page", page >= pages);
            envelope.put("empty", contents.isEmpty());
            envelope.put("contents", contents);
            return envelope;
        }
    }

    /** Filters of {@code /services}. */
    public record ServiceFilter(
            String search, UUID taxonomyTermId, UUID taxonomyId, UUID organizationId, OffsetDateTime modifiedAfter) {}

    private final JdbcClient jdbc;

    HsdsLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page services(ServiceFilter filter, int page, int perPage) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        if (filter.search() != null) {
            params.put("q", filter.search());
            where.append(" and (s.document @@ websearch_to_tsquery('english', directory.unaccented(:q))"
                    + " or directory.unaccented(lower(:q)) <% s.name_key)");
        }
        if (filter.taxonomyTermId() != null) {
            params.put("term", filter.taxonomyTermId());
            where.append(" and exists (select 1 from directory.service_taxonomy st where st.service_id = s.id"
                    + " and st.taxonomy_term_id = :term)");
        }
        if (filter.taxonomyId() != null) {
            params.put("taxonomy", filter.taxonomyId());
            where.append(" and exists (select 1 from directory.service_taxonomy st join directory.taxonomy_term t"
                    + " on t.id = st.taxonomy_term_id where st.service_id = s.id and t.taxonomy_id = :taxonomy)");
        }
        if (filter.organizationId() != null) {
            params.put("org", filter.organizationId());
            where.append(" and s.organization_id = :org");
        }
        if (filter.modifiedAfter() != null) {
            params.put("after", Timestamp.from(filter.modifiedAfter().toInstant()));
            where.append(" and s.last_modified >= :after");
        }
        return page(
                "select s.* from directory.service s" + where + " order by s.name, s.id",
                "select count(*) from directory.service s" + where,
                params,
                HsdsDocuments.SERVICE_OWN,
                page,
                perPage);
    }

    public Page organizations(String search, int page, int perPage) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = "";
        if (search != null) {
            params.put("q", "%" + search.toLowerCase() + "%");
            where = " where lower(name) like :q or lower(coalesce(description, '')) like :q";
        }
        return page(
                "select * from directory.organization" + where + " order by name, id",
                "select count(*) from directory.organization" + where,
                params,
                HsdsDocuments.ORGANIZATION_OWN,
                page,
                perPage,
                org -> org.putIfAbsent("description", ""));
    }

    public Page taxonomies(int page, int perPage) {
        return page(
                "select * from directory.taxonomy order by name, id",
                "select count(*) from directory.taxonomy",
                Map.of(),
                Set.of(),
                page,
                perPage);
    }

    public Page taxonomyTerms(UUID taxonomyId, UUID parentId, boolean topOnly, int page, int perPage) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        if (taxonomyId != null) {
            params.put("taxonomy", taxonomyId);
            where.append(" and taxonomy_id = :taxonomy");
        }
        if (parentId != null) {
            params.put("parent", parentId);
            where.append(" and parent_id = :parent");
        }
        if (topOnly) {
            where.append(" and parent_id is null");
        }
        return page(
                "select * from directory.taxonomy_term" + where + " order by code, name, id",
                "select count(*) from directory.taxonomy_term" + where,
                params,
                Set.of(),
                page,
                perPage);
    }

    private Page page(String sql, String count, Map<String, Object> params, Set<String> skip, int page, int perPage) {
        return page(sql, count, params, skip, page, perPage, object -> {});
    }

    private Page page(
            String sql,
            String count,
            Map<String, Object> params,
            Set<String> skip,
            int page,
            int perPage,
            java.util.function.Consumer<Map<String, Object>> finish) {
        Map<String, Object> paged = new LinkedHashMap<>(params);
        paged.put("limit", perPage);
        paged.put("offset", (long) (page - 1) * perPage);
        List<Map<String, Object>> contents = HsdsRows.list(jdbc, sql + " limit :limit offset :offset", paged, skip);
        contents.forEach(finish);
        long total = jdbc.sql(count).params(params).query(Long.class).single();
        return new Page(contents, total, page, perPage);
    }
}
