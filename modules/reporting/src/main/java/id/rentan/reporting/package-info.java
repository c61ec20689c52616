/**
 * The reporting module: reports: coverage against target, budget absorption, claims, data quality, downloads and the auditor's evidence pack. One bounded context, one JAR; other modules use only its
 * {@code api} package.
 */
package id.rentan.reporting;
