package org.shcportal.downloads;

import jakarta.ws.rs.core.Response;

/** A download the browser saves as a file, and that no cache between keeps (it holds health data). */
final class Attachment {

    private Attachment() {
    }

    static Response of(byte[] body, String mediaType, String fileName) {
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }

    static Response pdf(byte[] pdf, String fileName) {
        return of(pdf, "application/pdf", fileName);
    }
}
