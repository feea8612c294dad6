package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.warmline.Figure.Shown;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Figures for coordinators: counts by day and hour in the organization's time zone, with small counts suppressed. */
@SpringBootTest
@AutoConfigureMockMvc
class WarmlineFiguresTests {

    static final LocalDate DAY = LocalDate.of(2026, 10, 14);
    /** 10:00 in New York (EDT, UTC-4), the test organizations' time zone. */
    static final Instant MORNING = Instant.parse("2026-10-14T14:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    FigureData data;

    @Autowired
    WarmlineFigures figures;

    @Test
    void fifteenContactsShowExactlyFourShowAsOneToTenWithTheirPercentilesHidden() throws Exception {
        OrganizationId org = tenants.organization("Figures Org");
        StaffView coordinator = tenants.person(org, Role.COORDINATOR);
        Line busy = fixtures.line(org, true);
        Line quiet = fixtures.line(org, true);
        for (int i = 0; i < 15; i++) {
            data.answered(busy, MORNING.plusSeconds(60L * i), Duration.ofSeconds(60 + 10L * i), Duration.ofMinutes(20));
        }
        for (int i = 0; i < 4; i++) {
            data.answered(quiet, MORNING.plusSeconds(60L * i), Duration.ofSeconds(30), Duration.ofMinutes(10));
        }

        Figures shown = TestTenants.as(coordinator, () -> figures.figures(new FiguresQuery(DAY, DAY, null)));
        Figures.LineFigures b = line(shown, busy);
        Figures.LineFigures q = line(shown, quiet);

        assertThat(b.day("contacts", DAY).value()).isEqualByComparingTo("15");
        assertThat(b.total("answered").value()).isEqualByComparingTo("15");
        assertThat(b.total("abandoned").shown()).isEqualTo(Shown.COUNT);
        assertThat(b.total("abandoned").value()).isEqualByComparingTo("0");
        assertThat(b.hour("contacts", 10).value()).isEqualByComparingTo("15");
        // Waits of 60, 70 … 200 s: the median is 130 s, computed by percentile_cont in PostgreSQL.
        assertThat(b.total("wait_p50_seconds").value()).isEqualByComparingTo("130");
        assertThat(b.total("wait_p90_seconds").value()).isEqualByComparingTo("186");
        assertThat(b.total("duration_p50_seconds").value()).isEqualByComparingTo("1200");

        assertThat(q.day("contacts", DAY).shown()).isEqualTo(Shown.FEW);
        assertThat(q.day("contacts", DAY).value()).isNull();
        assertThat(q.total("contacts").shown()).isEqualTo(Shown.FEW);
        assertThat(q.hour("contacts", 10).shown()).isEqualTo(Shown.FEW);
        assertThat(q.total("wait_p50_seconds").shown()).isEqualTo(Shown.TOO_FEW);
        assertThat(q.total("duration_p90_seconds").shown()).isEqualTo(Shown.TOO_FEW);

        String page = mvc.perform(get("/warmline/console/figures")
                        .param("from", DAY.toString())
                        .param("to", DAY.toString())
                        .param("line", quiet.id().toString())
                        .with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("1–10", "too few to show").doesNotContain(">4<");

        String csv = mvc.perform(get("/warmline/console/figures.csv")
                        .param("from", DAY.toString())
                        .param("to", DAY.toString())
                        .with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(0)).isEqualTo("line,date,hour,measure,value");
        assertThat(rows)
                .contains(
                        name(busy) + "," + DAY + ",,contacts,15",
                        name(busy) + ",,10,contacts,15",
                        name(busy) + ",,,wait_p50_seconds,130",
                        name(quiet) + "," + DAY + ",,contacts,1–10",
                        name(quiet) + ",,,contacts,1–10",
                        name(quiet) + ",,,wait_p50_seconds,fewer than 11");
        assertThat(rows)
                .filteredOn(r -> r.startsWith(name(quiet)) && r.endsWith(",4"))
                .isEmpty();

        mvc.perform(get("/api/warmline/figures")
                        .param("from", DAY.toString())
                        .param("to", DAY.toString())
                        .param("line", quiet.id().toString())
                        .with(httpBasic(coordinator.email(), TestTenants.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].name").value(name(quiet)))
                .andExpect(jsonPath(
                                "$.lines[0].figures[?(@.measure == 'contacts' && @.date == null && @.hour == null)].value")
                        .value("1–10"));
    }

    @Test
    void aSmallCountCannotBeWorkedOutFromATotal() {
        OrganizationId org = tenants.organization("Subtraction Org");
        StaffView coordinator = tenants.person(org, Role.COORDINATOR);
        Line line = fixtures.line(org, true);
        for (int i = 0; i < 15; i++) {
            data.answered(line, MORNING.plusSeconds(60L * i), Duration.ofSeconds(30), Duration.ofMinutes(5));
        }
        for (int i = 0; i < 3; i++) {
            data.abandoned(line, MORNING.plusSeconds(30L * i));
        }

        Figures.LineFigures f = line(
                TestTenants.as(coordinator, () -> figures.figures(new FiguresQuery(DAY, DAY.plusDays(1), null))), line);

        assertThat(f.total("answered").value()).isEqualByComparingTo("15");
        assertThat(f.total("abandoned").shown()).isEqualTo(Shown.FEW);
        // 18 contacts = 15 answered + 3 abandoned: shown, it would give the 3 away.
        assertThat(f.total("contacts").shown()).isEqualTo(Shown.HIDDEN);
        assertThat(f.day("contacts", DAY).shown()).isEqualTo(Shown.HIDDEN);
        assertThat(f.hour("contacts", 10).shown()).isEqualTo(Shown.HIDDEN);
        assertThat(f.day("contacts", DAY.plusDays(1)).value()).isEqualByComparingTo("0");
        assertThat(f.figures())
                .filteredOn(x -> x.isNumber() && x.value().intValue() == 18)
                .isEmpty();
    }

    @Test
    void phoneCallsAreAnsweredContactsAndTheCsvHidesWhatThePageHides() throws Exception {
        OrganizationId org = tenants.organization("Phone Org");
        StaffView coordinator = tenants.person(org, Role.COORDINATOR);
        Line line = fixtures.line(org, true);
        for (int i = 0; i < 12; i++) {
            data.phoneCall(line, MORNING.plusSeconds(60L * i));
        }
        for (int i = 0; i < 2; i++) {
            data.abandoned(line, MORNING.plusSeconds(30L * i));
        }

        String csv = mvc.perform(get("/warmline/console/figures.csv")
                        .param("from", DAY.toString())
                        .param("to", DAY.toString())
                        .param("line", line.id().toString())
                        .with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(csv.lines())
                .contains(
                        name(line) + ",,,answered,12",
                        name(line) + ",,,abandoned,1–10",
                        name(line) + ",,,contacts,hidden",
                        name(line) + "," + DAY + ",,contacts,hidden",
                        name(line) + ",,10,contacts,hidden",
                        name(line) + ",,,wait_p50_seconds,fewer than 11")
                .noneMatch(row -> row.endsWith(",14") || row.endsWith(",2"));
    }

    @Test
    void hoursAreCountedInTheOrganizationsTimeZoneAcrossTheEndOfSummerTime() {
        OrganizationId org = tenants.organization("Clock Change Org");
        StaffView coordinator = tenants.person(org, Role.COORDINATOR);
        Line line = fixtures.line(org, true);
        // New York leaves summer time on 2026-11-01 at 02:00 EDT: 01:00-01:59 happens twice.
        for (int i = 0; i < 11; i++) {
            data.answered(
                    line, Instant.parse("2026-11-01T05:30:00Z").plusSeconds(i), Duration.ZERO, Duration.ofMinutes(1));
        }
        for (int i = 0; i < 12; i++) {
            data.answered(
                    line, Instant.parse("2026-11-01T06:30:00Z").plusSeconds(i), Duration.ZERO, Duration.ofMinutes(1));
        }
        for (int i = 0; i < 13; i++) {
            data.answered(
                    line, Instant.parse("2026-11-01T07:30:00Z").plusSeconds(i), Duration.ZERO, Duration.ofMinutes(1));
        }
        // 23:30 on 31 October in New York, already 1 November in UTC.
        for (int i = 0; i < 14; i++) {
            data.answered(
                    line, Instant.parse("2026-11-01T03:30:00Z").plusSeconds(i), Duration.ZERO, Duration.ofMinutes(1));
        }

        Figures.LineFigures f = line(
                TestTenants.as(
                        coordinator,
                        () -> figures.figures(
                                new FiguresQuery(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1), line.id()))),
                line);

        assertThat(f.hour("contacts", 1).value()).isEqualByComparingTo("23");
        assertThat(f.hour("contacts", 2).value()).isEqualByComparingTo("13");
        assertThat(f.hour("contacts", 23).value()).isEqualByComparingTo("14");
        assertThat(f.hour("contacts", 5).value()).isEqualByComparingTo("0");
        assertThat(f.day("contacts", LocalDate.of(2026, 11, 1)).value()).isEqualByComparingTo("36");
        assertThat(f.day("contacts", LocalDate.of(2026, 10, 31)).value()).isEqualByComparingTo("14");
        assertThat(f.total("contacts").value()).isEqualByComparingTo("50");
    }

    @Test
    void reasonsDiversionAndFeelingsComeFromRecordsAndSurveysWithTheSameRule() {
        OrganizationId org = tenants.organization("Answers Org");
        StaffView coordinator = tenants.person(org, Role.COORDINATOR);
        Line line = fixtures.line(org, true);
        for (int i = 0; i < 12; i++) {
            data.finalRecord(line, MORNING, new String[] {"LONELINESS", "HOUSING"}, i < 11 ? "NOTHING" : "CALL_911");
        }
        data.finalRecord(line, MORNING, new String[] {"HOUSING"}, null);
        for (int i = 0; i < 11; i++) {
            data.survey(line, DAY, 2, 4, "YES", "EMERGENCY_ROOM");
        }
        data.survey(line, DAY, 3, null, "SOMEWHAT", null);

        Figures.LineFigures f =
                line(TestTenants.as(coordinator, () -> figures.figures(new FiguresQuery(DAY, DAY, line.id()))), line);

        assertThat(f.total("records").value()).isEqualByComparingTo("13");
        assertThat(f.total("reason.HOUSING").value()).isEqualByComparingTo("13");
        assertThat(f.total("reason.LONELINESS").value()).isEqualByComparingTo("12");
        assertThat(f.total("reason.WORK_MONEY").value()).isEqualByComparingTo("0");
        assertThat(f.total("record_diversion.NOTHING").value()).isEqualByComparingTo("11");
        assertThat(f.total("record_diversion.CALL_911").shown()).isEqualTo(Shown.FEW);
        assertThat(f.total("record_diversion.none").shown()).isEqualTo(Shown.FEW);
        // 12 surveys = 11 "yes" + 1 "somewhat": shown, the total would give the one away.
        assertThat(f.total("surveys").shown()).isEqualTo(Shown.HIDDEN);
        assertThat(f.total("survey_diversion.EMERGENCY_ROOM").value()).isEqualByComparingTo("11");
        assertThat(f.total("survey_diversion.none").shown()).isEqualTo(Shown.FEW);
        // 12 surveys = 11 "yes" + 1 "somewhat": the total hides so the one cannot be worked out... and vice versa.
        assertThat(f.total("felt_heard.SOMEWHAT").shown()).isEqualTo(Shown.FEW);
        assertThat(f.total("felt_heard.YES").isNumber() && f.total("surveys").isNumber())
                .isFalse();
        assertThat(f.total("feeling_before_average").value()).isEqualByComparingTo("2.1");
        assertThat(f.total("feeling_after_average").value()).isEqualByComparingTo("4.0");
        assertThat(f.total("feeling_after_answers").value()).isEqualByComparingTo("11");
    }

    private static Figures.LineFigures line(Figures figures, Line line) {
        return figures.lines().stream()
                .filter(l -> l.line().equals(line.id()))
                .findFirst()
                .orElseThrow();
    }

    private static String name(Line line) {
        return "Test line " + line.slug();
    }
}
