package org.shcportal.web;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.jboss.resteasy.reactive.RestQuery;

/** A page that hands a query parameter to PostgreSQL as a number without checking it first. Test code only. */
@Path(UncheckedNumberResource.PATH)
public class UncheckedNumberResource {

    static final String PATH = "/test-only/number";

    @Inject
    EntityManager entityManager;

    @GET
    @Transactional
    public String number(@RestQuery String value) {
        return String.valueOf(entityManager.createNativeQuery("SELECT CAST(?1 AS integer)").setParameter(1, value)
                .getSingleResult());
    }
}
