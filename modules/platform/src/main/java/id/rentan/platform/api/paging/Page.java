package id.rentan.platform.api.paging;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * One page of results plus the total count of the whole (filtered, scoped) list.
 *
 * @param items the rows of this page
 * @param total how many rows match in all
 * @param page  zero-based page number
 * @param size  page size asked for
 */
public record Page<T>(List<T> items, long total, int page, int size) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.page(), request.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }

    public long totalPages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
