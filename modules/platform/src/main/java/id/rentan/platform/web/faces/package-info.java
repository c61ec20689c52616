/**
 * Faces plumbing: the one error path that turns business failures into page messages.
 */
package id.rentan.platform.web.faces;
