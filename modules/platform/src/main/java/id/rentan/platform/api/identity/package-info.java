/**
 * Who a participant is, as the civil registry encodes it: the {@link id.rentan.platform.api.identity.Nik} with rules
 * V-01..V-03 and helpers for V-04/V-05, {@link id.rentan.platform.api.identity.Gender} and the table of
 * {@link id.rentan.platform.api.identity.Province provinces}. These value objects validate themselves and carry no
 * persistence or framework code, so every module can use them.
 */
package id.rentan.platform.api.identity;
