/**
 * The platform's web layer: authentication (form login for pages, HTTP Basic for the REST API), page access, the
 * layout, menu and home page, i18n, the one error path, the REST API's plumbing (problem-JSON, role checks) and the
 * administration, parameter and audit screens. Backing beans are thin: they call application services.
 */
package id.rentan.platform.web;
