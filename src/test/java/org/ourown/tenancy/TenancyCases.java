package org.ourown.tenancy;

import java.util.List;
import java.util.function.Function;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A module's answer to the tenancy harness: for each of its endpoints that takes an id, how to ask for another
 * organization's record. Implement it as a test {@code @Component}; the harness finds every one, and fails for any
 * endpoint with an id that no module describes.
 */
public interface TenancyCases {

    List<Case> cases();

    /**
     * @param method the HTTP method, as the handler mapping declares it
     * @param pattern the path pattern, exactly as the handler mapping declares it
     * @param request builds the request for the other organization's record
     * @param expectedStatus 404 for organization data; 403 for network-admin pages an organization's user cannot
     *     open; 200 for public directory listings
     */
    record Case(
            String method,
            String pattern,
            Function<Tenancy, MockHttpServletRequestBuilder> request,
            int expectedStatus,
            boolean asMember) {

        public Case(
                String method,
                String pattern,
                Function<Tenancy, MockHttpServletRequestBuilder> request,
                int expectedStatus) {
            this(method, pattern, request, expectedStatus, false);
        }

        /**
         * Asked by {@link Tenancy#homeMember()}, a member of the home organization, about a record that is not
         * theirs (another member's, or another organization's): 404, and nothing changes.
         */
        public static Case notFoundForMember(
                String method, String pattern, Function<Tenancy, MockHttpServletRequestBuilder> request) {
            return new Case(method, pattern, request, 404, true);
        }

        public static Case notFound(
                String method, String pattern, Function<Tenancy, MockHttpServletRequestBuilder> request) {
            return new Case(method, pattern, request, 404);
        }

        public static Case forbidden(
                String method, String pattern, Function<Tenancy, MockHttpServletRequestBuilder> request) {
            return new Case(method, pattern, request, 403);
        }

        /** Public by design (the directory): readable by anyone, and reading it still changes nothing. */
        public static Case publicRecord(
                String method, String pattern, Function<Tenancy, MockHttpServletRequestBuilder> request) {
            return new Case(method, pattern, request, 200);
        }

        public String key() {
            return method + " " + pattern;
        }
    }
}
