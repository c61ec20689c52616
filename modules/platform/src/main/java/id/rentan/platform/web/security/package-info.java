/**
 * Authentication and page access for the web: the Jakarta Security mechanism (form login for pages, HTTP Basic for
 * the REST API), the database identity store, the login and logout pages, and the page access rules every view is
 * checked against.
 */
package id.rentan.platform.web.security;
