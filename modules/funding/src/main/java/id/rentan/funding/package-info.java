/**
 * The funding module: budgets and money: allocations per fiscal year and source, commitments, monthly premium invoices, payments and the hash-chained ledger. One bounded context, one JAR; other modules use only its
 * {@code api} package.
 */
package id.rentan.funding;
