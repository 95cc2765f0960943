package org.shcportal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

class DeliveryWorkerTest {

    @Test
    void theWaitDoublesAfterEachFailedAttempt() {
        Duration first = Duration.ofSeconds(30);

        assertThat(DeliveryWorker.backoff(first, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(DeliveryWorker.backoff(first, 2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DeliveryWorker.backoff(first, 3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(DeliveryWorker.backoff(first, 5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(DeliveryWorker.backoff(first, 100)).isPositive();
    }

    @Test
    void aFailureIsRecordedByCodeOrRootCauseClassNeverByItsMessage() {
        assertThat(DeliveryWorker.errorCode(new SmsDeliveryException("HTTP_502", "The SMS gateway answered HTTP 502")))
                .isEqualTo("HTTP_502");
        Exception smtp = new CompletionException(
                new UncheckedIOException(new ConnectException("550 <resident@example.org> rejected")));
        assertThat(DeliveryWorker.errorCode(smtp)).isEqualTo("ConnectException");
    }
}
