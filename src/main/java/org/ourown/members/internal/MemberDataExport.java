package org.ourown.members.internal;

/**
 * Implemented by each part of this module that keeps data about a member, so that "export everything about me"
 * really is everything: the JSON export and the printable page are put together from every implementation.
 */
interface MemberDataExport {

    /** The part's data for the member, ready for JSON (records, lists, maps, strings, numbers, dates). */
    ExportPart export(MembershipRow member);

    /**
     * @param name the part's key in {@code /me/export.json}, e.g. {@code roadmap}
     * @param order where it comes on the printable page
     * @param printFragment the Thymeleaf fragment that prints it, e.g. {@code members/roadmap :: print}; it reads
     *     the data as the model variable {@code part}
     */
    record ExportPart(String name, int order, Object data, String printFragment) {}
}
