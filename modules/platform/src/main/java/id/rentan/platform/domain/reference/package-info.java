/**
 * Reference data owned by the platform: the OPDs with the sectors each may propose (E-04), the sectors, and the
 * city's kecamatan and kelurahan (V-09).
 */
package id.rentan.platform.domain.reference;
