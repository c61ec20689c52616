/**
 * Persistence of the shared kernel: the application datasource, the start-up migrator that runs every module's
 * Flyway migrations in its own schema, the JPA repositories and the database trigger that keeps the audit log
 * append-only.
 */
package id.rentan.platform.infrastructure.persistence;
