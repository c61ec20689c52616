package id.rentan.platform.api.ui;

import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
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

    /**
     * The rows and their count come from one call ({@link #load}), PrimeFaces' documented way for such models: a long
     * list is not counted at all, it only says whether more rows follow.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return 0;
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
        if (page.items().isEmpty() && first > 0 && page.totalExact()) {
            // past the end (the filter changed while on a later page): show the last page there is
            int last = page.total() == 0 ? 0 : recalculateFirst(first, pageSize, (int) Math.min(Integer.MAX_VALUE, page.total()));
            moveTableTo(last);
            page = loader.load(PageRequest.ofOffset(last, pageSize, sortField, ascending));
        }
        setRowCount(rowCount(page));
        totalExact = page.totalExact();
        return page.items();
    }

    /** Tells the table being rendered (if any) which row it now starts at. */
    private static void moveTableTo(int first) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && UIComponent.getCurrentComponent(context) instanceof UIData table) {
            table.setFirst(first);
        }
    }

    /** The paginator's row count: the total, or one more than the rows known so far when more follow (Next). */
    private static int rowCount(Page<?> page) {
        return (int) Math.min(Integer.MAX_VALUE - 1, page.total()) + (page.totalExact() ? 0 : 1);
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
