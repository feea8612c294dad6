package org.ourown;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A browser's session cookie across MockMvc requests. Sessions live in PostgreSQL (Spring Session), found by the
 * {@code SESSION} cookie, so tests carry the cookie as a browser would.
 */
public final class MvcSession {

    private final MockMvc mvc;
    private Cookie cookie;

    public MvcSession(MockMvc mvc) {
        this.mvc = mvc;
    }

    public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        if (cookie != null) {
            request.cookie(cookie);
        }
        ResultActions result = mvc.perform(request);
        Cookie set = result.andReturn().getResponse().getCookie("SESSION");
        if (set != null) {
            cookie = set.getMaxAge() == 0 ? null : set;
        }
        return result;
    }
}
