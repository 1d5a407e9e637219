/**
 * The static catalog site of a benchmark library: {@link io.benchmarkhub.library.site.CatalogSite} writes a
 * searchable index of the library's benchmarks and a page per benchmark with its leaderboard, all self-contained.
 */
package io.benchmarkhub.library.site;
