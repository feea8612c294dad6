package org.ourown.shared;

import java.util.List;

/** One page of a list, numbered from 1 as people (and HSDS) count. */
public record Paging<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public static long offset(int page, int size) {
        return (long) (page - 1) * size;
    }

    /** Checks a requested page and size; page 0 or a size out of range is the caller's mistake. */
    public static void check(int page, int size) {
        if (page < 1) {
            throw new Rejected("page", "error.page.min");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new Rejected("size", "error.size.range");
        }
    }
}
