/**
 * Business failures as data: {@link id.rentan.platform.api.error.BusinessException} and rule violations that cite
 * the rule ids of business-rules.md. Every module throws these; the UI shows them as messages and the REST API as
 * problem-JSON (RFC 9457).
 */
package id.rentan.platform.api.error;
