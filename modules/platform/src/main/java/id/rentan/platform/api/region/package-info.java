/**
 * Administrative regions: the {@link id.rentan.platform.api.region.KelurahanCode} value object and
 * {@link id.rentan.platform.api.region.RegionNames} for matching names spelled in different ways. Whether a code
 * belongs to the city (rule V-09) is decided against the region reference data, not here.
 */
package id.rentan.platform.api.region;
