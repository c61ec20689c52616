/**
 * The participants module: the worker registry: candidates proposed by OPDs, verification, submission to BPJS, and the participant lifecycle (CANDIDATE to ACTIVE, GRACE, LAPSED, TERMINATED, DECEASED). One bounded context, one JAR; other modules use only its
 * {@code api} package.
 */
package id.rentan.participants;
