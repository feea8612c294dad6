package org.ourown.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ourown.TestTenants;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.members.MemberFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * For every endpoint that takes an id, a person of one organization asking for another organization's record gets
 * 404 (or 403 for network-admin pages) and changes nothing. An endpoint with an id that no module's
 * {@link TenancyCases} describes fails {@link #everyEndpointWithAnIdIsCovered()}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TenancyHarnessTests {

    /** Endpoints with a path variable that hold no organization's data, and why. */
    private static final Map<String, String> NOT_ORGANIZATION_DATA = Map.of();

    /** Schemas whose rows may legitimately change on any request: sessions, and the audit trail of attempts. */
    private static final Set<String> UNCHECKED_SCHEMAS =
            Set.of("pg_catalog", "information_schema", "public", "platform", "audit", "pg_toast");

    @Autowired
    MockMvc mvc;

    @Autowired
    List<TenancyCases> modules;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberFixtures members;

    @Test
    void everyEndpointWithAnIdIsCovered() {
        Set<String> withIds = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("{")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    withIds.add("ANY " + pattern);
                }
                methods.forEach(method -> withIds.add(method.name() + " " + pattern));
            }
        }
        Set<String> described = new TreeSet<>(NOT_ORGANIZATION_DATA.keySet());
        modules.forEach(module -> module.cases().forEach(c -> described.add(c.key())));

        assertThat(withIds)
                .as("endpoints with an id that no TenancyCases describes")
                .isSubsetOf(described);
        assertThat(described).as("cases for endpoints that do not exist").isSubsetOf(withIds);
    }

    @TestFactory
    Stream<DynamicTest> anotherOrganizationsRecordsStayOutOfReach() {
        Tenancy tenancy = newTenancy();
        return modules.stream()
                .flatMap(module -> module.cases().stream())
                .map(c -> DynamicTest.dynamicTest(c.key(), () -> check(c, tenancy)));
    }

    private void check(TenancyCases.Case c, Tenancy tenancy) throws Exception {
        MockHttpServletRequestBuilder request = c.request().apply(tenancy);
        Map<String, String> before = snapshot();
        if (c.pattern().startsWith("/api/")) {
            StaffView asker = c.asMember() ? tenancy.homeMember() : tenancy.homeUser();
            request.with(httpBasic(asker.email(), TestTenants.PASSWORD));
        } else {
            request.with(authentication(TestTenants.signedIn(c.asMember() ? tenancy.homeMember() : tenancy.homeUser())))
                    .with(csrf());
        }
        mvc.perform(request).andExpect(status().is(c.expectedStatus()));
        assertThat(snapshot()).as("data after " + c.key()).isEqualTo(before);
    }

    private Tenancy newTenancy() {
        var home = tenants.organization("Home Org");
        var other = tenants.organization("Other Org");
        return new Tenancy(
                home,
                tenants.person(home, Role.ADMIN, Role.COORDINATOR, Role.PEER, Role.MEMBER),
                members.member(home).account(),
                other,
                tenants.person(other, Role.ADMIN),
                tenants.person(other, Role.PEER));
    }

    /** A digest of every row of every module table: a changed, added or removed row changes it. */
    private Map<String, String> snapshot() {
        Map<String, String> digests = new TreeMap<>();
        List<String> tables = jdbc.sql("select table_schema || '.' || table_name from information_schema.tables"
                        + " where table_type = 'BASE TABLE' and table_schema not in (:skip)"
                        + " and table_name <> 'flyway_schema_history'")
                .param("skip", UNCHECKED_SCHEMAS)
                .query(String.class)
                .list();
        for (String table : tables) {
            digests.put(
                    table,
                    jdbc.sql("select coalesce(md5(string_agg(t::text, '|' order by t::text)), '')" + " from " + table
                                    + " t")
                            .query(String.class)
                            .single());
        }
        return digests;
    }
}
