/**
 * User accounts: one role each, the OPD of an OPD operator, password hash and the lockout rule (too many failed
 * logins lock the account for a while).
 */
package id.rentan.platform.domain.account;
