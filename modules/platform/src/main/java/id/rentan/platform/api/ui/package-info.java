/**
 * The screen toolkit every module's web layer uses: page messages in the user's language and the lazy table model
 * over paged services. The layout template ({@code /WEB-INF/templates/layout.xhtml}), the tag library
 * ({@code https://rentan.id/ui}) and the EL names {@code i18n} and {@code fmt} complete it on the XHTML side.
 */
package id.rentan.platform.api.ui;
