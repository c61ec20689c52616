/**
 * Time as the programme sees it: the city's time zone and a clock that tests can fix.
 */
package id.rentan.platform.api.time;
