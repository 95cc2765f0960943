package org.shcportal.web;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * A page that stores one row twice, as two simultaneous submissions of one form would after both passed the page's
 * duplicate check. Test code only.
 */
@Path(RepeatedRowResource.PATH)
public class RepeatedRowResource {

    static final String PATH = "/test-only/repeated-row";

    private static final String INSERT = """
            INSERT INTO rate_limit_counter (bucket, key_hash, window_start, hits)
            VALUES ('REPEATED', 'repeated-row', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00', 1)""";

    @Inject
    EntityManager entityManager;

    @GET
    @Transactional
    public String store() {
        entityManager.createNativeQuery(INSERT).executeUpdate();
        entityManager.createNativeQuery(INSERT).executeUpdate();
        return "stored twice";
    }
}
