package org.shcportal;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Declares the test database for every {@code @QuarkusTest} whose profile does not opt out. */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
public final class PortalTestResources {

    private PortalTestResources() {
    }
}
