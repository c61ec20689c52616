/**
 * Technical adapters of the claims module: JPA repositories, files and external formats. Internal to the module.
 */
package id.rentan.claims.infrastructure;
