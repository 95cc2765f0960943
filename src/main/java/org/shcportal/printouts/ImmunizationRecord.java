package org.shcportal.printouts;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.cards.Card;
import org.shcportal.cards.HealthRecord;
import org.shcportal.pdf.PdfRenderer;
import org.shcportal.records.RecordsPage;
import org.shcportal.records.RecordsPageBuilder;
import org.shcportal.registry.Person;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryCalendar;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The immunization record a school or a clinic accepts, like a state's certificate of immunization: every dose
 * grouped by disease (vaccine, date, lot, where given), the laboratory results, the issue date and the registry's
 * name and help line, then the person's SMART Health Cards as labelled QR codes several to a page. One person's
 * record, or a family pack of each child's. The template is {@code RecordPrintout/document.html}, rendered by
 * {@link PdfRenderer} (PDF/UA-1 and PDF/A-2a).
 */
@ApplicationScoped
public class ImmunizationRecord {

    /**
     * 6 px per module: a version-22 code (113 modules with its quiet zone) is 678 px, about 410 dpi at the 42 mm of
     * record.css; 6 or more pixels per module keep the modules sharp when a viewer scales the image (print.css).
     */
    private static final int PRINT_PIXELS_PER_MODULE = 6;

    @CheckedTemplate(basePath = "RecordPrintout")
    static class Templates {
        static native TemplateInstance document(RecordPrintout doc);
    }

    /**
     * A QR code the caller wants printed after a person's cards, such as a link to share them; drawn by the caller, so
     * that this package needs to know nothing of where it comes from or how it is encoded.
     *
     * @param label what the code is, printed above it
     * @param caption printed under it
     * @param qrDataUri the code as a PNG data URI
     */
    public record LinkCode(String label, String caption, String qrDataUri) {
    }

    /**
     * One person of the printout.
     *
     * @param cards the person's cards in the order to print: each single-code card, then its full history if any
     * @param links extra codes to print after the cards; may be empty
     */
    public record Entry(Person person, HealthRecord record, List<Card> cards, List<LinkCode> links) {

        public Entry {
            cards = List.copyOf(cards);
            links = List.copyOf(links);
        }
    }

    private final PdfRenderer renderer = new PdfRenderer();

    @Inject
    RegistryConfig registry;

    @Inject
    RegistryCalendar calendar;

    @Inject
    QrImages qrImages;

    @Inject
    PrintConfig config;

    /** The PDF of the records, a section per entry, on the configured paper. Reads vaccine names. */
    @Transactional
    public byte[] pdf(List<Entry> entries, Language language, String title) {
        return renderer.render(xhtml(entries, language, title), config.paper());
    }

    /** The printable XHTML of the records (the PDF's source). Reads vaccine names. */
    @Transactional
    public String xhtml(List<Entry> entries, Language language, String title) {
        RecordPrintMessages messages = messages(language);
        RecordsPageBuilder page = new RecordsPageBuilder(language.locale(), registry.timeZone());
        List<RecordPrintout.Section> sections = entries.stream().map(entry -> section(entry, page, messages))
                .toList();
        RecordPrintout doc = new RecordPrintout(language.locale().toLanguageTag(), title,
                messages.subject(registry.name()), registry.name(), messages.help(registry.helpPhone()),
                messages.issued(page.date(calendar.today())), sections);
        return Templates.document(doc).setLocale(language.locale()).render();
    }

    /** The title of one person's record, e.g. "Immunization record of John B. Anyperson". */
    public String title(Person person, Language language) {
        return messages(language).title(person.fullName());
    }

    /** The title of a guardian's family pack. */
    public String familyTitle(Person guardian, Language language) {
        return messages(language).family_title(guardian.fullName());
    }

    private RecordPrintout.Section section(Entry entry, RecordsPageBuilder page, RecordPrintMessages messages) {
        Person person = entry.person();
        String name = person.fullName();
        String birthDate = page.date(person.birthDate);
        List<RecordPrintout.Disease> diseases = new ArrayList<>();
        entry.record().dosesByCard().forEach((group, doses) -> diseases.add(new RecordPrintout.Disease(
                page.heading(group), doses.stream().map(page::dose).map(ImmunizationRecord::row).toList())));
        List<RecordPrintout.Row> labs = entry.record().labsByCard().values().stream().flatMap(List::stream)
                .map(page::lab).map(ImmunizationRecord::row).toList();
        List<RecordPrintout.Code> cards = new ArrayList<>();
        for (Card card : entry.cards()) {
            cards.addAll(codes(card, name, page, messages));
        }
        List<RecordPrintout.Code> links = entry.links().stream().map(link -> new RecordPrintout.Code(link.label(),
                link.qrDataUri(), messages.link_alt(link.label()), link.caption())).toList();
        return new RecordPrintout.Section(messages.kind() + " · " + name + " · " + birthDate, name, birthDate,
                diseases, labs, cards, links);
    }

    /** A card's codes: one labelled with its disease, or each of a full history's with "Code 1 of 3". */
    private List<RecordPrintout.Code> codes(Card card, String name, RecordsPageBuilder page,
            RecordPrintMessages messages) {
        String group = page.heading(card.group());
        int count = card.qrTexts().size();
        if (count == 1) {
            String caption = card.complete() ? name : name + " · " + messages.latest(card.shown(), card.total());
            return List.of(new RecordPrintout.Code(group, qrImages.dataUri(card.qrTexts().get(0),
                    PRINT_PIXELS_PER_MODULE), messages.qr_alt(group, name), caption));
        }
        List<RecordPrintout.Code> codes = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            codes.add(new RecordPrintout.Code(messages.full_history(group),
                    qrImages.dataUri(card.qrTexts().get(number - 1), PRINT_PIXELS_PER_MODULE),
                    messages.qr_alt_chunk(number, count, group, name),
                    name + " · " + messages.code_of(number, count)));
        }
        return codes;
    }

    private static RecordPrintout.Row row(RecordsPage.Dose dose) {
        return new RecordPrintout.Row(dose.vaccine(), dose.date(), dose.lot(), dose.where());
    }

    private static RecordPrintout.Row row(RecordsPage.Lab lab) {
        return new RecordPrintout.Row(lab.test(), lab.date(), lab.result(), lab.lab());
    }

    private static RecordPrintMessages messages(Language language) {
        return MessageBundles.get(RecordPrintMessages.class, Localized.Literal.of(language.code()));
    }
}
