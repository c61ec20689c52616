/**
 * The participating OPDs and the sectors of work, as read-only records for other modules.
 */
package id.rentan.platform.api.reference;
