/**
 * Transactional services of the shared kernel: authentication with lockout, user administration, the audit log,
 * dated parameters and reference data, and the start-up tasks. They implement the facades of the {@code api}
 * package and check the caller's role before they change anything.
 */
package id.rentan.platform.application;
