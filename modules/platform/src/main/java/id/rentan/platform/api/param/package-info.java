/**
 * Dated parameters: every amount, age and period of the programme, valid from / to a date, with its legal basis.
 * Code asks for the value on a date; administrators add new versions when regulations change.
 */
package id.rentan.platform.api.param;
