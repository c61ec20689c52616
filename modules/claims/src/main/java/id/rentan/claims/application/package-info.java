/**
 * Transactional services of the claims module: they validate, apply the domain rules, write the audit log and publish events after commit.
 */
package id.rentan.claims.application;
