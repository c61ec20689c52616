/**
 * Reference data service: the OPD, sector and region directories other modules read, and their administration.
 */
package id.rentan.platform.application.reference;
