/**
 * Money as a value: {@link id.rentan.platform.api.money.Rupiah}, whole rupiah with exact arithmetic, parsing of the
 * ways amounts are written in Indonesia and formatting in Indonesian or English. Premiums, budgets, invoices and
 * benefits of every module are expressed in it, never as bare {@code long} or {@code double}.
 */
package id.rentan.platform.api.money;
