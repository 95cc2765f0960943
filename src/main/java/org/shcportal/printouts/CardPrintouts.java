package org.shcportal.printouts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.cards.Card;
import org.shcportal.cards.CardGroup;
import org.shcportal.cards.HealthRecord;
import org.shcportal.keys.Sha256;
import org.shcportal.pdf.PageFormat;
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
import io.quarkus.runtime.StartupEvent;

/**
 * Printable cards: one Qute template, {@code CardPrintouts/document.html}, is both the printable
 * HTML page and, rendered by {@link PdfRenderer}, the PDF — full page, wallet-size fold card, or a guardian's family
 * pack. QR codes are embedded PNGs (data URIs), 45 mm wide with their quiet zone (print.css), never fetched.
 */
@ApplicationScoped
public class CardPrintouts {

    /**
     * 6 px per module: a version-22 code (113 modules with its quiet zone) is 678 px, 380 dpi at 45 mm; PDF viewers
     * smooth a scaled image, and 6 or more pixels per module keep the modules sharp (print.css).
     */
    private static final int PRINT_PIXELS_PER_MODULE = 6;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance document(Printout doc);
    }

    /** One card of a person, as printed (the single-code card, or its full history in chunked codes). */
    public record PrintedCard(Person person, HealthRecord record, Card card) {
    }

    /** A PDF is a function of its XHTML and paper; about 100 KB each. */
    private static final int RECENT_PDFS = 200;

    private final PdfRenderer renderer = new PdfRenderer();
    /** PDFs by the SHA-256 of their XHTML and their paper. */
    private final RecentlyMade<String, byte[]> pdfs = new RecentlyMade<>(RECENT_PDFS);

    @Inject
    RegistryConfig registry;

    @Inject
    QrImages qrImages;

    @Inject
    PrintConfig config;

    @Inject
    RegistryCalendar calendar;

    /** The renderer's first document takes about a second; take it at start, not on a resident's first click. */
    void warmUp(@Observes StartupEvent event) {
        CompletableFuture.runAsync(renderer::warmUp);
    }

    /** The PDF of the cards, on the configured paper. */
    @Transactional
    public byte[] pdf(List<PrintedCard> cards, Language language, boolean wallet, String title) {
        String xhtml = xhtml(cards, language, wallet, title);
        PageFormat paper = config.paper();
        return pdfs.get(Sha256.hex(xhtml) + paper, () -> renderer.render(xhtml, paper));
    }

    /** The printable XHTML of the cards (the PDF's source, also served as a page). Reads vaccine names. */
    @Transactional
    public String xhtml(List<PrintedCard> cards, Language language, boolean wallet, String title) {
        CardsMessages messages = MessageBundles.get(CardsMessages.class, Localized.Literal.of(language.code()));
        RecordsPageBuilder page = new RecordsPageBuilder(language.locale(), registry.timeZone());
        List<Printout.Sheet> sheets = new ArrayList<>();
        for (PrintedCard printed : cards) {
            sheets.add(sheet(printed, page, messages));
        }
        String issued = page.date(calendar.today());
        Printout doc = new Printout(language.locale().toLanguageTag(), title, messages.print_subject(registry.name()),
                registry.name(), messages.print_help(registry.helpPhone()), messages.print_issued(issued), wallet,
                sheets);
        return Templates.document(doc).setLocale(language.locale()).render();
    }

    /** The title of one card's document, e.g. "COVID-19 record of John B. Anyperson". */
    public String title(Person person, CardGroup group, Language language) {
        CardsMessages messages = MessageBundles.get(CardsMessages.class, Localized.Literal.of(language.code()));
        RecordsPageBuilder page = new RecordsPageBuilder(language.locale(), registry.timeZone());
        return messages.print_document_title(page.heading(group), person.fullName());
    }

    private Printout.Sheet sheet(PrintedCard printed, RecordsPageBuilder page, CardsMessages messages) {
        Person person = printed.person();
        Card card = printed.card();
        HealthRecord record = printed.record();
        String heading = messages.print_title(page.heading(card.group()));
        String name = person.fullName();
        String birthDate = page.date(person.birthDate);
        boolean lab = card.group().kind() == CardGroup.Kind.LABORATORY;
        List<Printout.Row> rows = lab ? labRows(record, card, page, page::date) : doseRows(record, card, page, page::date);
        String shownNote = card.complete() ? null : messages.print_coverage(card.shown(), card.total());
        List<Printout.Code> codes = codes(card, heading + " · " + name, messages);
        String scanAll = card.chunked() ? messages.print_scan_all(card.qrTexts().size()) : null;
        // The wallet card's narrow panel writes dates short ("Sep 23, 2025", "23 sept 2025"), to leave room for names.
        DateTimeFormatter shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(page.locale());
        List<Printout.Row> walletRows = WalletFront.rows(lab ? labRows(record, card, page, shortDate::format)
                : doseRows(record, card, page, shortDate::format),
                lab
                        ? List.of(messages.print_date(), messages.print_test(), messages.print_result())
                        : List.of(messages.print_date(), messages.print_vaccine(), messages.print_lot()));
        String walletNote = walletNote(card, walletRows.size(), lab, messages);
        return new Printout.Sheet(heading + " · " + name + " · " + birthDate, heading, name, birthDate, lab, rows,
                shownNote, codes, scanAll, walletRows, walletNote);
    }

    /**
     * What a wallet card's code holds and what its front lists, when that is not the whole history: both counts, so
     * that the list and the code never seem to disagree.
     */
    private static String walletNote(Card card, int listed, boolean lab, CardsMessages messages) {
        if (listed == card.total()) {
            return null;
        }
        if (card.complete()) {
            return lab ? messages.print_wallet_all_results(card.total(), listed)
                    : messages.print_wallet_all_doses(card.total(), listed);
        }
        return lab ? messages.print_wallet_recent_results(card.shown(), card.total(), listed)
                : messages.print_wallet_recent_doses(card.shown(), card.total(), listed);
    }

    /** The doses the card holds: the most recent {@code shown} of the group (DoseSelection keeps the latest). */
    private static List<Printout.Row> doseRows(HealthRecord record, Card card, RecordsPageBuilder page,
            Function<LocalDate, String> date) {
        List<Printout.Row> rows = new ArrayList<>();
        var doses = record.dosesByCard().getOrDefault(card.group(), List.of());
        for (var dose : doses.subList(doses.size() - card.shown(), doses.size())) {
            RecordsPage.Dose shown = page.dose(dose);
            rows.add(new Printout.Row(shown.vaccine(), date.apply(dose.date()), shown.lot(), shown.where()));
        }
        return rows;
    }

    private static List<Printout.Row> labRows(HealthRecord record, Card card, RecordsPageBuilder page,
            Function<LocalDate, String> date) {
        List<Printout.Row> rows = new ArrayList<>();
        var labs = record.labsByCard().getOrDefault(card.group(), List.of());
        for (var lab : labs.subList(labs.size() - card.shown(), labs.size())) {
            RecordsPage.Lab shown = page.lab(lab);
            rows.add(new Printout.Row(shown.test(), date.apply(lab.effectiveDate()), shown.result(), shown.lab()));
        }
        return rows;
    }

    private List<Printout.Code> codes(Card card, String what, CardsMessages messages) {
        List<Printout.Code> codes = new ArrayList<>();
        int count = card.qrTexts().size();
        for (int i = 0; i < count; i++) {
            QrCaption caption = QrCaption.of(i + 1, count, what, messages);
            codes.add(new Printout.Code(qrImages.dataUri(card.qrTexts().get(i), PRINT_PIXELS_PER_MODULE),
                    caption.alt(), caption.label()));
        }
        return codes;
    }
}
