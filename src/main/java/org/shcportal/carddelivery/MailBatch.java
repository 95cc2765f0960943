package org.shcportal.carddelivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.keys.Sha256;
import org.shcportal.pdf.PdfRenderer;
import org.shcportal.printouts.PrintConfig;
import org.shcportal.registry.Address;
import org.shcportal.registry.Person;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The mail queue as one PDF to print: for each queued person, in queue order, a cover sheet with
 * their mailing address for a window envelope, then their cards as the portal prints them. Each person's part is
 * rendered in the language chosen when it was queued, so the parts are separate documents put together page by page.
 * A batch is known by its requests: the reference printed on every cover sheet is derived from their ids, and the
 * batch is marked printed as a whole.
 */
@ApplicationScoped
public class MailBatch {

    /** Requests in one batch: about 3 sheets each, a stack a desktop printer takes in one go. */
    public static final int LIMIT = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sheet(AddressSheet sheet);
    }

    private final PdfRenderer renderer = new PdfRenderer();

    @Inject
    IssuanceService personCards;

    @Inject
    CardDelivery delivery;

    @Inject
    RegistryConfig registry;

    @Inject
    MailingConfig config;

    @Inject
    PrintConfig print;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The batch's reference, e.g. "MB-3F2A91C0": the same requests always give the same one. */
    public static String reference(Collection<Long> ids) {
        String joined = ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        return "MB-" + Sha256.hex(joined).substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** The PDF of the requests, in the order given. */
    @Transactional
    public byte[] pdf(List<MailRequest> requests) {
        String reference = reference(requests.stream().map(request -> request.id).toList());
        List<byte[]> parts = new ArrayList<>();
        for (MailRequest request : requests) {
            Language language = Language.byCode(request.language).orElse(Language.EN);
            Person person = request.person;
            parts.add(renderer.render(sheetXhtml(request, reference, language), print.paper()));
            IssuanceService.Cards cards = personCards.withRecord(person);
            if (!cards.cards().isEmpty()) {
                parts.add(delivery.cardsPdf(person, cards, language));
            }
        }
        return merged(parts, MessageBundles.get(CardDeliveryMessages.class).mail_batch_title(reference));
    }

    /**
     * Marks the requests {@code ids} printed by {@code actor}, as one batch, audited per person; nothing when any
     * of them is no longer queued (another supervisor marked it meanwhile).
     *
     * @return how many were marked, or empty when none was
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Integer> markPrinted(Set<Long> ids, Actor actor) {
        List<MailRequest> requests = MailRequest.listQueuedForUpdate(ids);
        if (requests.size() != ids.size()) {
            return Optional.empty();
        }
        String reference = reference(ids);
        Instant now = clock.instant();
        for (MailRequest request : requests) {
            request.printedAt = now;
            request.printedBy = actor.staff();
            request.batchReference = reference;
            audit.record(AuditAction.STAFF_CARD_PRINTED, actor, request.person.id, request.reason.name(),
                    request.ticket);
        }
        return Optional.of(requests.size());
    }

    String sheetXhtml(MailRequest request, String reference, Language language) {
        MailingMessages messages = CardDelivery.messages(language);
        Person person = request.person;
        List<String> recipient = new ArrayList<>();
        recipient.add(person.fullName());
        Address.findCurrentOf(person).ifPresent(address -> {
            recipient.add(address.line1);
            if (address.line2 != null && !address.line2.isBlank()) {
                recipient.add(address.line2);
            }
            recipient.add(address.city + " " + address.state + " " + address.postalCode);
        });
        AddressSheet sheet = new AddressSheet(language.code(), messages.sheet_title(),
                messages.sheet_subject(registry.name()),
                List.of(registry.name(), config.returnStreet(), config.returnTown()), recipient,
                messages.sheet_title(), messages.sheet_letter(), messages.sheet_help(registry.helpPhone()),
                messages.sheet_reference(reference, request.id));
        return Templates.sheet(sheet).setLocale(language.locale()).render();
    }

    private static byte[] merged(List<byte[]> parts, String title) {
        PDFMergerUtility merger = new PDFMergerUtility();
        try (PDDocument batch = new PDDocument()) {
            for (byte[] part : parts) {
                try (PDDocument document = Loader.loadPDF(part)) {
                    merger.appendDocument(batch, document);
                }
            }
            batch.getDocumentInformation().setTitle(title);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            batch.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the parts of a mail batch could not be put together", e);
        }
    }
}
