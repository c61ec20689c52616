/**
 * Transactional services of the reporting module: they validate, apply the domain rules, write the audit log and publish events after commit.
 */
package id.rentan.reporting.application;
