package org.shcportal.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while a configured MLLP listener is not taking connections (its port taken, its key store missing). */
@Readiness
@ApplicationScoped
public class MllpReadiness implements HealthCheck {

    @Inject
    MllpReceiver receiver;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Registry feed MLLP listener")
                .status(!receiver.configured() || receiver.listening())
                .withData("configured", receiver.configured())
                .build();
    }
}
