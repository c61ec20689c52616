/**
 * Technical adapters of the funding module: JPA repositories, files and external formats. Internal to the module.
 */
package id.rentan.funding.infrastructure;
