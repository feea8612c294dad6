package org.ourown.shared;

import jakarta.servlet.http.HttpServletRequest;

/** One handler serves the full page or, when htmx asks, only the fragment that changes. */
public final class Htmx {

    private Htmx() {}

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /** The view name for a page, or its named fragment for htmx requests. */
    public static String view(HttpServletRequest request, String page, String fragment) {
        return isHtmx(request) ? page + " :: " + fragment : page;
    }
}
