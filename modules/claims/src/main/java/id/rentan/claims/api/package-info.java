/**
 * The claims module's public face: facades, records and past-tense events that other modules may use. Nothing else of this module may be touched from outside.
 */
package id.rentan.claims.api;
