package org.shcportal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A page that always fails, to see what a visitor is shown when something breaks. Test code only. */
@Path(FailingResource.PATH)
public class FailingResource {

    static final String PATH = "/test-only/failure";
    static final String SECRET = "internal detail 4711";

    @GET
    public String fail() {
        throw new IllegalStateException(SECRET);
    }
}
