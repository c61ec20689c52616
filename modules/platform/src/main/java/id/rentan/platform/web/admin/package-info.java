/**
 * Backing beans of the administration screens (users, OPDs, sectors), the dated parameters and the audit log.
 */
package id.rentan.platform.web.admin;
