package id.rentan.platform.api.paging;

import java.io.Serializable;

/**
 * A page of a server-side list: zero-based page number, page size, and an optional sort field with direction.
 * Sizes are capped so that no request can ask for a whole table.
 */
public record PageRequest(int page, int size, String sortField, boolean ascending) implements Serializable {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 25;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (size < 1) {
            size = DEFAULT_SIZE;
        }
        size = Math.min(size, MAX_SIZE);
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size, null, true);
    }

    /** From a PrimeFaces-style first-row offset. */
    public static PageRequest ofOffset(int first, int size, String sortField, boolean ascending) {
        int safeSize = Math.max(1, Math.min(size, MAX_SIZE));
        return new PageRequest(Math.max(0, first) / safeSize, safeSize, sortField, ascending);
    }

    public int offset() {
        return page * size;
    }
}
