/**
 * Service provider interfaces of the api that modules above it implement without the api knowing
 * them: {@link io.benchmarkhub.api.spi.DatasetResolver} for dataset locations such as
 * {@code library:NAME@VERSION}.
 */
package io.benchmarkhub.api.spi;
