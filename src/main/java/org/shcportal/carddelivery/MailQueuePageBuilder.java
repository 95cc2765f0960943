package org.shcportal.carddelivery;

import java.util.List;
import java.util.stream.Collectors;

import org.shcportal.registry.Address;
import org.shcportal.registry.Initials;
import org.shcportal.staff.ConsoleTimes;

import io.quarkus.qute.i18n.MessageBundles;

/** Builds the mail queue page: the next batch to print, from the oldest queued requests. */
final class MailQueuePageBuilder {

    private final ConsoleTimes times;

    MailQueuePageBuilder(ConsoleTimes times) {
        this.times = times;
    }

    /** The next batch; {@code printed} is how many requests were just marked printed, or null. */
    MailQueuePage page(Integer printed) {
        List<MailRequest> requests = MailRequest.listQueued(MailBatch.LIMIT);
        List<Long> ids = requests.stream().map(request -> request.id).toList();
        String notice = printed == null ? null
                : MessageBundles.get(CardDeliveryMessages.class).mail_notice_printed(printed);
        return new MailQueuePage(requests.stream().map(this::item).toList(),
                ids.stream().map(String::valueOf).collect(Collectors.joining(",")),
                ids.isEmpty() ? null : MailBatch.reference(ids), MailRequest.countQueued() - ids.size(), notice);
    }

    private MailQueuePage.Item item(MailRequest request) {
        String zip = Address.findCurrentOf(request.person).map(address -> address.postalCode).orElse("");
        return new MailQueuePage.Item(request.id, times.format(request.requestedAt), request.requestedBy,
                Initials.of(request.person), zip);
    }
}
