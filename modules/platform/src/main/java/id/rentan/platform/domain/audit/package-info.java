/**
 * The append-only audit log: who did what, when, to which entity, with the values before and after. Records are
 * never changed or removed; the database enforces it too.
 */
package id.rentan.platform.domain.audit;
