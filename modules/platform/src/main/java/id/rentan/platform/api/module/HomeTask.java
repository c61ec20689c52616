package id.rentan.platform.api.module;

/**
 * Something the current user has to do (or should look at), shown on their home page with a count and a link.
 *
 * @param labelKey  i18n key of the task text
 * @param count     how many items wait, or {@code -1} for a task without a count
 * @param view      the page where the work is done
 * @param icon      PrimeIcons class
 * @param urgent    whether to highlight it (e.g. locked accounts, unpaid invoices)
 */
public record HomeTask(String labelKey, long count, String view, String icon, boolean urgent) {
}
