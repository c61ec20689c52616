/**
 * The shared kernel's own domain: user accounts with their lockout rules, the append-only audit record, dated
 * parameter versions and the reference data (OPDs, sectors, regions). Entities guard their invariants; repository
 * interfaces live here and their JPA implementations in {@code infrastructure}.
 */
package id.rentan.platform.domain;
