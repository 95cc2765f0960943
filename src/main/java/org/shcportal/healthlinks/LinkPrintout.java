package org.shcportal.healthlinks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.pdf.PdfRenderException;
import org.shcportal.pdf.PdfRenderer;
import org.shcportal.printouts.CardsMessages;
import org.shcportal.printouts.PrintConfig;
import org.shcportal.registry.Person;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryCalendar;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A link on paper: one tagged PDF page with the registry's header, the person's name, the link's name, what it
 * shares and until when, its QR code (45 mm with its quiet zone, like the cards' codes) and how to use and stop it.
 * The web address is not printed: it is several hundred characters long, and the code holds it.
 */
@ApplicationScoped
public class LinkPrintout {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Sheet sheet);
    }

    /**
     * What the page prints, as text.
     *
     * @param label null when the fonts cannot print it
     */
    record Sheet(String lang, String title, String subject, String registry, String helpLine, String issued,
            String name, String label, String shares, String expiry, boolean passcode, String qrDataUri,
            String qrAlt) {
    }

    private final PdfRenderer renderer = new PdfRenderer();

    @Inject
    RegistryConfig registry;

    @Inject
    RegistryCalendar calendar;

    @Inject
    PrintConfig print;

    /**
     * The PDF of one link of {@code person}, in the page's language. A label the fonts cannot print (an emoji, say)
     * is left off the page rather than printed as #; the code still holds it.
     */
    byte[] pdf(Person person, HealthLink link, LinkQrCode code, Language language) {
        try {
            return renderer.render(xhtml(person, link, code, language, true), print.paper());
        } catch (PdfRenderException unprintable) {
            return renderer.render(xhtml(person, link, code, language, false), print.paper());
        }
    }

    private String xhtml(Person person, HealthLink link, LinkQrCode code, Language language, boolean withLabel) {
        LinkWording wording = new LinkWording(language.locale(), registry.timeZone());
        LinkMessages messages = wording.messages();
        CardsMessages cards = MessageBundles.get(CardsMessages.class, Localized.Literal.of(language.code()));
        Sheet sheet = new Sheet(language.locale().toLanguageTag(),
                withLabel ? messages.print_title(person.fullName(), link.label)
                        : messages.print_title_plain(person.fullName()),
                messages.print_subject(registry.name()), registry.name(), cards.print_help(registry.helpPhone()),
                cards.print_issued(wording.date(calendar.today())), person.fullName(),
                withLabel ? link.label : null, wording.shares(link), wording.expiry(link), link.hasPasscode(),
                code.dataUri(LinkQrCode.PRINT_PIXELS_PER_MODULE),
                withLabel ? messages.qr_alt(link.label) : messages.print_title_plain(person.fullName()));
        return Templates.page(sheet).setLocale(language.locale()).render();
    }
}
