package org.ourown.members;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.members.MemberFixtures.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class RoadmapAndPlanApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures fixtures;

    @Test
    void theApiSpeaksJsonAndProblemDetails() throws Exception {
        Member member = fixtures.member(tenants.organization("Api Plan"));
        RequestPostProcessor me = authentication(TestTenants.signedIn(member.account()));
        mvc.perform(post("/api/me/roadmap/goals")
                        .with(me)
                        .contentType("application/json")
                        .content("{\"wording\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("Write your goal in a few words.")));
        mvc.perform(post("/api/me/roadmap/goals")
                        .with(me)
                        .contentType("application/json")
                        .content("{\"wording\": \"Read a book a month\", \"strengths\": \"Curious\"}"))
                .andExpect(status().isCreated())
                .andExpect(content().string(containsString("\"wording\":\"Read a book a month\"")));
        mvc.perform(get("/api/me/roadmap").with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Read a book a month")));

        mvc.perform(put("/api/me/plan/triggers")
                        .with(me)
                        .contentType("application/json")
                        .content("{\"answers\": {\"triggers\": \"Loud crowds\", \"whatIDo\": \"Step outside\"}}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Loud crowds")));
        mvc.perform(put("/api/me/plan/triggers")
                        .with(me)
                        .contentType("application/json")
                        .content("{\"answers\": {\"notAQuestion\": \"x\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("That question is not part of this section.")));
        mvc.perform(get("/api/me/plan/triggers").with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Step outside")));
        mvc.perform(get("/api/me/plan/nothing").with(me))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void overlongAnswersAndAskersWithoutAPlanGetProblems() throws Exception {
        var home = tenants.organization("Api Plan Problems");
        Member member = fixtures.member(home);
        mvc.perform(put("/api/me/plan/toolbox")
                        .with(authentication(TestTenants.signedIn(member.account())))
                        .contentType("application/json")
                        .content("{\"answers\": {\"tools\": \"" + "x".repeat(4001) + "\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("Keep each answer to 4000 characters or fewer.")));
        var peer = tenants.person(home, org.ourown.accounts.Role.PEER);
        mvc.perform(get("/api/me/roadmap").with(authentication(TestTenants.signedIn(peer))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aGoalsStepsCheckInsAndAboutMeOverTheApi() throws Exception {
        Member member = fixtures.member(tenants.organization("Api Goals"));
        RequestPostProcessor me = authentication(TestTenants.signedIn(member.account()));
        String goal = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(post("/api/me/roadmap/goals")
                                .with(me)
                                .contentType("application/json")
                                .content("{\"wording\": \"Walk every morning\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        mvc.perform(put("/api/me/roadmap/goals/{goal}", goal)
                        .with(me)
                        .contentType("application/json")
                        .content("{\"wording\": \"Walk most mornings\", \"whatHelps\": \"A friend\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wording").value("Walk most mornings"))
                .andExpect(jsonPath("$.whatHelps").value("A friend"));
        mvc.perform(post("/api/me/roadmap/goals/{goal}/steps", goal)
                        .with(me)
                        .contentType("application/json")
                        .content("{\"wording\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.wording").exists());
        String step = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(post("/api/me/roadmap/goals/{goal}/steps", goal)
                                .with(me)
                                .contentType("application/json")
                                .content("{\"wording\": \"Buy good shoes\"}"))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.done").value(false))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(put("/api/me/roadmap/goals/{goal}/steps/{step}/done", goal, step)
                        .with(me)
                        .contentType("application/json")
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.done").value("Say whether the step is done: true or false."));
        mvc.perform(put("/api/me/roadmap/goals/{goal}/steps/{step}/done", goal, step)
                        .with(me)
                        .contentType("application/json")
                        .content("{\"done\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].done").value(true));
        mvc.perform(post("/api/me/roadmap/goals/{goal}/check-ins", goal)
                        .with(me)
                        .contentType("application/json")
                        .content("{\"checkedOn\": \"" + fixtures.today(member) + "\", \"howItIsGoing\": \"Better\","
                                + " \"scale\": 6}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.scale").exists());
        mvc.perform(post("/api/me/roadmap/goals/{goal}/check-ins", goal)
                        .with(me)
                        .contentType("application/json")
                        .content("{\"checkedOn\": \"" + fixtures.today(member) + "\", \"howItIsGoing\": \"Better\","
                                + " \"scale\": 4}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scale").value(4));
        mvc.perform(put("/api/me/roadmap/goals/{goal}/archived", goal)
                        .with(me)
                        .contentType("application/json")
                        .content("{\"archived\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.archived").value(true));
        mvc.perform(delete("/api/me/roadmap/goals/{goal}/steps/{step}", goal, step)
                        .with(me))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/me/roadmap/about")
                        .with(me)
                        .contentType("application/json")
                        .content("{\"strengths\": \"Stubborn in a good way\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/me/roadmap").with(me))
                .andExpect(jsonPath("$.about.strengths").value("Stubborn in a good way"))
                .andExpect(jsonPath("$.goals[0].archived").value(true))
                .andExpect(jsonPath("$.goals[0].steps").isEmpty())
                .andExpect(jsonPath("$.goals[0].checkIns[0].howItIsGoing").value("Better"));
    }
}
