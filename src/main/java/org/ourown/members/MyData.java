package org.ourown.members;

import java.util.List;

/** "Everything about me": the signed-in member's whole record, to download as JSON or to print. */
public interface MyData {

    /** Every part of the member's record, in the order the printable page shows them; the export is audited. */
    List<MyDataPart> export();

    /**
     * One part of the export.
     *
     * @param name its key in the JSON export, e.g. {@code profile}
     * @param order where it comes on the printable page
     * @param data the part's data, ready for JSON
     * @param printFragment the Thymeleaf fragment that prints it; it reads {@code data} as the variable {@code part}
     */
    record MyDataPart(String name, int order, Object data, String printFragment) {}
}
