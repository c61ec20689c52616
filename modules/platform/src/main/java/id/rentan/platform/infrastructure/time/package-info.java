/**
 * The business clock: the city's time zone, optionally frozen for tests.
 */
package id.rentan.platform.infrastructure.time;
