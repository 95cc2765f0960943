package org.shcportal.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.fixtures.TestSessions;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every card download reads as a sentence in the resident's access history, in English and in Spanish, with the card
 * named as people read it; rows written before, with their short details, read the same way.
 */
@QuarkusTest
class AccessHistoryWordingTest {

    /** A lowercase detail in parentheses, as the audit stores it: "(file all)", "(wallet pdf covid-19)". */
    private static final Pattern RAW_DETAIL = Pattern.compile("\\([a-z][^)]*\\)");
    private static final Pattern WHAT = Pattern.compile("<tr><td[^>]*>[^<]*</td><td[^>]*>([^<]*)</td>");

    @Test
    void everyDownloadOfTheCardsPageIsWordedInEnglishAndSpanish() {
        long gilbert = idOf("NM-000008");
        String cards = "/people/" + gilbert + "/cards/";
        for (String download : List.of("covid-19.smart-health-card", "covid-19.smart-health-card?full=true",
                "all.smart-health-card", "covid-19/qr-1.png", "covid-19/qr-1.svg", "covid-19/qr-2.svg?full=true",
                "covid-19.pdf", "covid-19.pdf?full=true", "covid-19.pdf?layout=wallet", "covid-19/print")) {
            assertThat(as("NM-000008").get(cards + download).statusCode()).as(download).isEqualTo(200);
        }

        List<String> english = downloads(history("NM-000008", "en"));
        List<String> spanish = downloads(history("NM-000008", "es"));

        assertThat(english).contains("Downloaded the COVID-19 card as a file for health apps (SMART Health Card)",
                "Downloaded the full COVID-19 history as a file for health apps (SMART Health Card)",
                "Downloaded all the cards as a file for health apps (SMART Health Card)",
                "Downloaded a QR code of the COVID-19 card as a picture (PNG)",
                "Downloaded a QR code of the COVID-19 card as a picture (SVG)",
                "Downloaded a QR code of the full COVID-19 history as a picture (SVG)",
                "Downloaded the COVID-19 card as a printable PDF",
                "Downloaded the full COVID-19 history as a printable PDF",
                "Downloaded the COVID-19 card as a wallet-size card to print (PDF)",
                "Opened the COVID-19 card on a page to print");
        assertThat(spanish).contains(
                "Descargó la tarjeta de COVID-19 como archivo para aplicaciones de salud (SMART Health Card)",
                "Descargó el historial completo de COVID-19 como archivo para aplicaciones de salud (SMART Health Card)",
                "Descargó todas las tarjetas como archivo para aplicaciones de salud (SMART Health Card)",
                "Descargó un código QR para la tarjeta de COVID-19 como imagen (PNG)",
                "Descargó un código QR para el historial completo de COVID-19 como imagen (SVG)",
                "Descargó la tarjeta de COVID-19 como PDF para imprimir",
                "Descargó el historial completo de COVID-19 como PDF para imprimir",
                "Descargó la tarjeta de COVID-19 en tamaño de billetera para imprimir (PDF)",
                "Abrió la tarjeta de COVID-19 en una página para imprimir");
        assertThat(english).hasSizeGreaterThanOrEqualTo(10).noneMatch(row -> RAW_DETAIL.matcher(row).find());
        assertThat(spanish).hasSizeGreaterThanOrEqualTo(10).noneMatch(row -> RAW_DETAIL.matcher(row).find());
    }

    @Test
    void aFamilyPackIsWordedWithTheChildInTheGuardiansHistory() {
        long marisol = idOf("NM-000004");
        assertThat(as("NM-000004").get("/people/" + marisol + "/family.pdf").statusCode()).isEqualTo(200);

        List<String> english = downloads(history("NM-000004", "en"));
        List<String> spanish = downloads(history("NM-000004", "es"));

        assertThat(english).anyMatch(row -> row.matches("Downloaded all the cards of .+ in the family pack to print \\(PDF\\)"))
                .noneMatch(row -> RAW_DETAIL.matcher(row).find());
        assertThat(spanish)
                .anyMatch(
                        row -> row.matches("Descargó todas las tarjetas de .+ en el paquete familiar para imprimir \\(PDF\\)"))
                .noneMatch(row -> RAW_DETAIL.matcher(row).find());
    }

    @Test
    void aChildsImmunizationRecordIsWordedWithTheChildInTheGuardiansHistory() {
        long lucia = idOf("NM-000006");
        assertThat(as("NM-000004").get("/people/" + lucia + "/record.pdf").statusCode()).isEqualTo(200);

        assertThat(downloads(history("NM-000004", "en"))).anyMatch(
                row -> row.matches("Downloaded the immunization record of .+ and its QR codes to print \\(PDF\\)"));
        assertThat(downloads(history("NM-000004", "es"))).anyMatch(row -> row
                .matches("Descargó el registro de vacunación de .+ y sus códigos QR para imprimir \\(PDF\\)"));
    }

    @Test
    void aSmartHealthLinksCodeAndPageDownloadsAreWorded() {
        String registryId = TestPeople.adultWithCards();
        long person = idOf(registryId);
        QuarkusTransaction.requiringNew().run(() -> {
            AuditLog audit = Arc.container().select(AuditLog.class).get();
            for (String detail : new String[] { "link png 7", "link pdf 7" }) {
                audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(person), person, detail);
            }
        });

        assertThat(downloads(history(registryId, "en"))).containsExactly(
                "Downloaded the printable page of a SMART Health Link you made (PDF)",
                "Downloaded the QR code of a SMART Health Link you made, as a picture (PNG)");
        assertThat(downloads(history(registryId, "es"))).containsExactly(
                "Descargó la página para imprimir de un enlace SMART Health Link que usted creó (PDF)",
                "Descargó el código QR de un enlace SMART Health Link que usted creó, como imagen (PNG)");
    }

    @Test
    void rowsWrittenWithTheOldDetailsReadInWords() {
        String registryId = TestPeople.adultWithCards();
        long person = idOf(registryId);
        QuarkusTransaction.requiringNew().run(() -> {
            AuditLog audit = Arc.container().select(AuditLog.class).get();
            for (String detail : new String[] { "file all", "svg covid-19", "wallet pdf covid-19", "file covid-19",
                    "pdf covid-19", "family pack pdf", "png no-such-card", null }) {
                audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(person), person, detail);
            }
        });

        List<String> english = downloads(history(registryId, "en"));
        List<String> spanish = downloads(history(registryId, "es"));

        assertThat(english).containsExactly("Downloaded a card", "Downloaded a card",
                "Downloaded all the cards in the family pack to print (PDF)",
                "Downloaded the COVID-19 card as a printable PDF",
                "Downloaded the COVID-19 card as a file for health apps (SMART Health Card)",
                "Downloaded the COVID-19 card as a wallet-size card to print (PDF)",
                "Downloaded a QR code of the COVID-19 card as a picture (SVG)",
                "Downloaded all the cards as a file for health apps (SMART Health Card)");
        assertThat(spanish).startsWith("Descargó una tarjeta", "Descargó una tarjeta",
                "Descargó todas las tarjetas en el paquete familiar para imprimir (PDF)",
                "Descargó la tarjeta de COVID-19 como PDF para imprimir")
                .noneMatch(row -> RAW_DETAIL.matcher(row).find());
    }

    /** The "what" of every download row of the page. */
    private static List<String> downloads(String page) {
        List<String> rows = new ArrayList<>();
        Matcher what = WHAT.matcher(page);
        while (what.find()) {
            String text = what.group(1);
            if (text.startsWith("Downloaded") || text.startsWith("Descargó") || text.startsWith("Opened the")
                    || text.startsWith("Abrió la tarjeta")) {
                rows.add(text);
            }
        }
        return rows;
    }

    private static String history(String registryId, String language) {
        return as(registryId).cookie("lang", language).header("Accept-Language", language).get("/account/history")
                .asString();
    }

    private static RequestSpecification as(String registryId) {
        return given().redirects().follow(false).cookie(TestSessions.COOKIE, TestSessions.signIn(registryId));
    }
}
