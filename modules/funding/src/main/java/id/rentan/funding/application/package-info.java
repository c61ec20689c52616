/**
 * Transactional services of the funding module: they validate, apply the domain rules, write the audit log and publish events after commit.
 */
package id.rentan.funding.application;
