package org.ourown.directory.web;

/**
 * The search form as the browser sends it; every field is optional and arrives as text, so that a bad value becomes a
 * message beside its field rather than an error page.
 *
 * @param near a ZIP code or "City, ST"
 * @param lat with lng: the browser's location, when the person chose to share it
 * @param open {@code now}, {@code at} (then {@code at} holds a local date-time), or empty
 */
public record SearchForm(
        String q,
        String kind,
        String near,
        String lat,
        String lng,
        String radius,
        String open,
        String at,
        String attendance,
        String language,
        String access,
        String peer,
        String page) {

    public boolean peerRunOnly() {
        return "on".equals(peer) || "true".equals(peer);
    }

    public boolean hasFilters() {
        return notBlank(q)
                || notBlank(kind)
                || notBlank(near)
                || notBlank(lat)
                || notBlank(open)
                || notBlank(attendance)
                || notBlank(language)
                || notBlank(access)
                || peerRunOnly();
    }

    static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
