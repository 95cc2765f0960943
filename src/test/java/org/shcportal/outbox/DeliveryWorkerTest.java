package org.shcportal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

class DeliveryWorkerTest {

    @Test
    void theWaitDoublesAfterEachFailedAttemptUpToTheLongest() {
        Duration first = Duration.ofSeconds(30);
        Duration longest = Duration.ofMinutes(5);

        assertThat(DeliveryWorker.backoff(first, longest, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(DeliveryWorker.backoff(first, longest, 2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DeliveryWorker.backoff(first, longest, 3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(DeliveryWorker.backoff(first, longest, 4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(DeliveryWorker.backoff(first, longest, 5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(DeliveryWorker.backoff(first, longest, 100)).isEqualTo(Duration.ofMinutes(5));
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
