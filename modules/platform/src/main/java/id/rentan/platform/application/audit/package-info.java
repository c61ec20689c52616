/**
 * The audit log service: appends for every module and reads for administrators and auditors.
 */
package id.rentan.platform.application.audit;
