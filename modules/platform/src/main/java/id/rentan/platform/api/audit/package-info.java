/**
 * The append-only audit log as seen by other modules: one facade to record who did what, when, to which entity,
 * with the values before and after.
 */
package id.rentan.platform.api.audit;
