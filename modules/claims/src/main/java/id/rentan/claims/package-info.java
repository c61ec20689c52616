/**
 * The claims module: work-accident and death claims: the cover check against status and paid premiums, expected benefits, heirs and scholarships. One bounded context, one JAR; other modules use only its
 * {@code api} package.
 */
package id.rentan.claims;
