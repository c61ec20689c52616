package id.rentan.platform.api.module;

/**
 * One menu entry. It is shown to a user exactly when the page access rules let the user's role open {@code view}.
 *
 * @param id       stable id, used for the HTML id and tests (e.g. {@code menu-admin-users})
 * @param group    i18n key of the menu group it belongs to (e.g. {@code menu.group.admin})
 * @param labelKey i18n key of the label
 * @param icon     PrimeIcons class, e.g. {@code pi pi-users}
 * @param view     the view id it opens, e.g. {@code /admin/users.xhtml}
 * @param order    position within the menu (lower first)
 */
public record MenuEntry(String id, String group, String labelKey, String icon, String view, int order) {
}
