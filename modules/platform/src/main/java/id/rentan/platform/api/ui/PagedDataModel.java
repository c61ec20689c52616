package id.rentan.platform.api.ui;

import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A PrimeFaces lazy table model over any paged service call: only the rows of the page on screen are read, the
 * database counts the rest. The backing bean keeps its filter fields and passes a loader that reads them.
 *
 * @param <T> row type
 */
public class PagedDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page; serialisable because view-scoped beans hold the model. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(PageRequest request);
    }

    /** Gives a row's unique key, for selection. */
    @FunctionalInterface
    public interface KeyOf<T> extends Serializable {
        String keyOf(T row);
    }

    private final Loader<T> loader;
    private final KeyOf<T> keys;
    private boolean totalExact = true;

    public PagedDataModel(Loader<T> loader, KeyOf<T> keys) {
        this.loader = loader;
        this.keys = keys;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Page<T> page = loader.load(PageRequest.of(0, 1));
        totalExact = page.totalExact();
        return (int) Math.min(Integer.MAX_VALUE, page.total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            sortField = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        Page<T> page = loader.load(PageRequest.ofOffset(first, pageSize, sortField, ascending));
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        totalExact = page.totalExact();
        return page.items();
    }

    /**
     * Whether the row count is exact; when not, the list has more rows than the count (too many to count on every
     * page) and the page report should say "more than".
     */
    public boolean isTotalExact() {
        return totalExact;
    }

    @Override
    public String getRowKey(T row) {
        return keys.keyOf(row);
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        if (rows == null) {
            return null;
        }
        return rows.stream().filter(r -> keys.keyOf(r).equals(rowKey)).findFirst().orElse(null);
    }
}
