package id.rentan.platform.api.module;

import java.util.List;

/**
 * What a module tells the platform about itself: its name (also its database schema and migration folder), where
 * its texts are, which of its pages each role may open, and its menu entries. Each module provides exactly one
 * {@code @ApplicationScoped} implementation; the platform collects them to run migrations, compose the i18n
 * bundles, enforce page access and build the menu. Page access and menu come from the same declarations, so the
 * menu never offers a page the role cannot open.
 */
public interface ModuleDescriptor {

    /** Lower-case module name, e.g. {@code participants}. */
    String name();

    /** Migrations run in this order (platform first); lower runs first. */
    int order();

    /** The database schema the module owns. */
    default String schema() {
        return name();
    }

    /** Classpath location of the module's Flyway migrations. */
    default String migrationLocation() {
        return "db/migration/" + name();
    }

    /** Resource bundle base names of the module's texts (e.g. {@code i18n.participants}). */
    default List<String> bundles() {
        return List.of("i18n." + name());
    }

    /** Which roles may open which of the module's pages; pages not covered by any rule are denied. */
    List<PageAccess> pages();

    /** The module's menu entries, each shown only to roles that may open its page. */
    List<MenuEntry> menu();
}
