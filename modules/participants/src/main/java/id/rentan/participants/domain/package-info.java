/**
 * The participants module's domain model: rich entities, value objects and repository interfaces. No framework code beyond JPA mapping.
 */
package id.rentan.participants.domain;
