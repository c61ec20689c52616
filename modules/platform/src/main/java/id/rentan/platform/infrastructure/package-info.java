/**
 * Technical adapters of the shared kernel: the datasource and Flyway migrations of every module, JPA repositories,
 * the clock, JSON. Nothing here is visible to other modules.
 */
package id.rentan.platform.infrastructure;
