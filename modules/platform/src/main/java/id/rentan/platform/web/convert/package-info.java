/**
 * Faces converters shared by every module's screens (months as {@code yyyy-MM}).
 */
package id.rentan.platform.web.convert;
