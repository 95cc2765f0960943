package org.shcportal.web;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Publishes the median, 95th and 99th percentile of every page's response time ({@code http_server_requests_seconds})
 * and of the portal's own timers ({@code portal_*_seconds}) at /q/metrics, as {@code quantile} series: the capacity
 * targets in docs/capacity.md are 99th percentiles. Micrometer computes them on this replica over a sliding window
 * (its docs, "Timers": client-side percentiles), so they are read per replica, never averaged across replicas.
 */
public class ResponseTimePercentiles {

    private static final double[] PERCENTILES = { 0.5, 0.95, 0.99 };

    @Produces
    @Singleton
    MeterFilter percentiles() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() != Meter.Type.TIMER
                        || !(id.getName().equals("http.server.requests") || id.getName().startsWith("portal."))) {
                    return config;
                }
                return DistributionStatisticConfig.builder().percentiles(PERCENTILES).build().merge(config);
            }
        };
    }
}
