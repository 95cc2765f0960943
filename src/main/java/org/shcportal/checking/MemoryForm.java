package org.shcportal.checking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.shcportal.checking.InputProblem.Kind;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * A check's form read into memory as it arrives: Vert.x decodes the multipart body, hands over each file's bytes as
 * they come and keeps the other fields (the CSRF token, the pasted text) as form attributes, which Quarkus REST then
 * takes as the parsed form. No part is ever written to disk, so a crash or restart leaves nothing of a card behind.
 * <p>
 * The files' limits are enforced while they arrive, so that no more than a card file's or the upload's limit is ever
 * held: past a limit, the rest of the body is read and thrown away, and the form answers with the message. A body that
 * has not arrived within its time has its connection closed.
 */
final class MemoryForm {

    /** Routing-context key of the files read, a {@code List<CardInput.Upload>}, for {@link CheckController#check}. */
    static final String UPLOADS = "org.shcportal.checking.uploads";

    private final RoutingContext context;
    private final CheckPlaces.Place place;
    private final List<Part> parts = new ArrayList<>();
    private long total;
    private Kind problem;
    private boolean finished;
    private long timer;

    private MemoryForm(RoutingContext context, CheckPlaces.Place place) {
        this.context = context;
        this.place = place;
    }

    /**
     * Reads the body, then goes on to the controller or answers with the form and the limit it went past.
     *
     * @param place given back when the body cannot be read: the connection closed or the time is up
     */
    static void read(RoutingContext context, Duration uploadTime, CheckPlaces.Place place) {
        MemoryForm form = new MemoryForm(context, place);
        HttpServerRequest request = context.request();
        request.setExpectMultipart(true);
        request.uploadHandler(form::receive);
        request.exceptionHandler(failure -> form.fail());
        request.endHandler(ended -> form.finish(form.problem));
        form.timer = context.vertx().setTimer(uploadTime.toMillis(), late -> form.abandon());
        request.resume();
    }

    private void receive(HttpServerFileUpload upload) {
        Part part = new Part(upload.filename());
        parts.add(part);
        upload.handler(chunk -> add(part, chunk));
        upload.exceptionHandler(failure -> problem = Kind.UNREADABLE);
    }

    private void add(Part part, Buffer chunk) {
        total += chunk.length();
        if (problem != null) {
            return;
        }
        part.bytes.appendBuffer(chunk);
        problem = limitPassed(part);
        if (problem != null) {
            parts.clear();
        }
    }

    /** The limit this part, or the upload as a whole, went past; null while within them. */
    private Kind limitPassed(Part part) {
        if (total > CardInput.MAX_UPLOAD_BYTES) {
            return Kind.TOO_LARGE;
        }
        byte[] head = part.bytes.getBytes(0, Math.min(part.bytes.length(), CardInput.MAGIC_BYTES));
        if (head.length == CardInput.MAGIC_BYTES && !CardInput.isPicture(head)
                && part.bytes.length() > CardInput.MAX_CARD_FILE_BYTES) {
            return Kind.CARD_FILE_TOO_LARGE;
        }
        return null;
    }

    private void finish(Kind kind) {
        if (finished) {
            return;
        }
        finished = true;
        context.vertx().cancelTimer(timer);
        if (kind == null && context.request().formAttributes().isEmpty()) {
            // Not our form, which always sends its CSRF token: and Quarkus REST would wait to parse a body long read.
            kind = Kind.UNREADABLE;
        }
        if (kind != null) {
            new Refusal(kind).answer(context);
            return;
        }
        List<CardInput.Upload> uploads = new ArrayList<>();
        for (Part part : parts) {
            boolean unnamed = part.fileName == null || part.fileName.isBlank();
            // A file input left empty still sends a part, without a name or bytes.
            if (!unnamed || part.bytes.length() > 0) {
                uploads.add(new CardInput.Upload(part.bytes.getBytes()));
            }
        }
        context.put(UPLOADS, uploads);
        context.next();
    }

    /** The connection closed, or the body is no multipart form: there may be nobody left to answer. */
    private void fail() {
        place.giveBack();
        finish(Kind.UNREADABLE);
    }

    /** Too slow: the sender would hold one of the few places for checks. */
    private void abandon() {
        if (!finished) {
            finished = true;
            parts.clear();
            place.giveBack();
            context.response().reset();
        }
    }

    /** One file of the form, as it arrives. */
    private static final class Part {
        final String fileName;
        final Buffer bytes = Buffer.buffer();

        Part(String fileName) {
            this.fileName = fileName;
        }
    }
}
