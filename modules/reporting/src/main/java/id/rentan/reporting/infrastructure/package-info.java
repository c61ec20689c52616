/**
 * Technical adapters of the reporting module: JPA repositories, files and external formats. Internal to the module.
 */
package id.rentan.reporting.infrastructure;
