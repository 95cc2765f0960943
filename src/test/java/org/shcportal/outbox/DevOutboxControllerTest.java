package org.shcportal.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.shcportal.outbox.Messages.awaitStatus;
import static org.shcportal.outbox.Messages.newEmail;
import static org.shcportal.outbox.Messages.queueCommitted;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.outbox.OutboundMessage.Channel;
import org.shcportal.outbox.OutboundMessage.Status;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DevOutboxControllerTest {

    @Inject
    Outbox outbox;

    @Test
    void listsAQueuedMessageWithItsTextEscaped() {
        String to = newEmail();
        long id = queueCommitted(outbox, Channel.EMAIL, to, "Your sign-in code",
                "Your code is 204817.\n<b>It expires in 10 minutes.</b>");
        awaitStatus(id, Status.SENT);

        given().when().get("/dev/outbox").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Outbox</h1>"),
                        containsString("only in the demo and development setup"),
                        containsString("id=\"message-" + id + "\""),
                        containsString(to),
                        containsString("Your sign-in code"),
                        containsString("Your code is 204817.\n&lt;b&gt;It expires in 10 minutes.&lt;/b&gt;"),
                        containsString("SENT"),
                        not(containsString("<b>It expires")));
    }

    @Test
    void speaksSpanish() {
        given().cookie("lang", "es").when().get("/dev/outbox").then()
                .statusCode(200)
                .body(containsString("<h1>Bandeja de salida</h1>"), containsString("Destinatario"));
    }
}
