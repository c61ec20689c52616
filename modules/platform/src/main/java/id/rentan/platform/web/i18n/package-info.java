/**
 * Texts in Bahasa Indonesia and English from every module's bundles, the user's language, and number, money and
 * date formats.
 */
package id.rentan.platform.web.i18n;
