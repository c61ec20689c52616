/**
 * Dated parameter versions and the timeline rules that keep them from overlapping and from rewriting history.
 */
package id.rentan.platform.domain.param;
