/**
 * Authentication and accounts: PBKDF2 password hashing and policy, the login check with lockout, user
 * administration, and the current caller of each request (with the OPD data scope derived from it).
 */
package id.rentan.platform.application.security;
