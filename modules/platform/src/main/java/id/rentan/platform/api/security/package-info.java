/**
 * Who is calling and what they may see: roles, the current caller and the one OPD data scope that every list,
 * count, export and API of every module goes through.
 */
package id.rentan.platform.api.security;
