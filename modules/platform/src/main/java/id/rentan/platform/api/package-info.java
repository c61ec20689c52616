/**
 * The public face of the shared kernel: value objects, facades, SPIs and records that every business module may
 * use. Nothing outside {@code id.rentan.platform.api} (and its sub-packages) may be touched by another module.
 */
package id.rentan.platform.api;
