package id.rentan.platform.api.paging;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * One page of results plus the total count of the whole (filtered, scoped) list, or a lower bound of it when the
 * list is too long to count on every page (see {@link #atLeast}).
 *
 * @param items      the rows of this page
 * @param total      how many rows match in all; with {@code totalExact == false}, more than this many
 * @param page       zero-based page number
 * @param size       page size asked for
 * @param totalExact whether {@code total} is the exact count
 */
public record Page<T>(List<T> items, long total, int page, int size, boolean totalExact) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    public Page(List<T> items, long total, int page, int size) {
        this(items, total, page, size, true);
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.page(), request.size(), true);
    }

    /** A page of a list known to have more than {@code count} rows (counting stopped there). */
    public static <T> Page<T> moreThan(List<T> items, long count, PageRequest request) {
        return new Page<>(items, count, request.page(), request.size(), false);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size, totalExact);
    }

    public long totalPages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
