/**
 * Server-side paging shared by every list screen and API: a page request in, a page of records plus the total out.
 */
package id.rentan.platform.api.paging;
