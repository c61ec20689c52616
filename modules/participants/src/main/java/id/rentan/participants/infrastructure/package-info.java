/**
 * Technical adapters of the participants module: JPA repositories, files and external formats. Internal to the module.
 */
package id.rentan.participants.infrastructure;
