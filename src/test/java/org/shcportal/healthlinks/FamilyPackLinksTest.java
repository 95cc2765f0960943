package org.shcportal.healthlinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.PdfConformance;
import org.shcportal.fixtures.PdfInspection;
import org.shcportal.fixtures.TestSessions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A SMART Health Link on the family pack, by the holder's choice: off unless ticked on the form or on the link's
 * page, printed as the link's own QR code (scanned from the pack at a home scanner's resolution to exactly the link)
 * while the link works, never with its passcode, and changed only by someone who may see the link. Marisol
 * (NM-000004) is the guardian of Diego (NM-000005) and Lucía (NM-000006); John (NM-000001) is an adult.
 */
@QuarkusTest
class FamilyPackLinksTest {

    /** A home scanner's resolution, as the family pack's own tests read its codes. */
    private static final float DPI = 200;

    @Test
    void aChildsLinkChosenOnTheFormIsPrintedOnThePackAsExactlyTheLinkUntilItIsStopped() throws IOException {
        Browser mother = as("NM-000004");
        long diego = idOf("NM-000005");
        String form = mother.get("/people/" + diego + "/links/new").then().statusCode(200).extract().asString();
        assertThat(form).contains("<label for=\"family-pack\">Print on the family pack</label>")
                .doesNotContain("value=\"on\" aria-describedby=\"family-pack-hint\" checked");
        Map<String, String> chosen = form("ALL_CARDS", "YEAR", "", "Soccer club");
        chosen.put("family-pack", "on");

        HealthLink link = TestLinks.stored(TestLinks.linkIdOf(mother.post("/people/" + diego + "/links", chosen)));

        assertThat(link.onFamilyPack).isTrue();
        assertThat(mother.get("/people/" + diego + "/links/" + link.id).asString()).contains(
                "<dt>On the family pack</dt><dd>Yes: its code is printed on the family pack while the link works</dd>");
        String viewerUrl = TestLinks.viewerUrl(link);
        assertThat(viewerUrl).matches("https://.+/shl#shlink:/[A-Za-z0-9_-]+");
        byte[] pack = familyPack(mother);
        try (PDDocument pdf = PdfInspection.load(pack)) {
            assertThat(PdfInspection.scanAllQrCodes(pdf, DPI)).contains(viewerUrl);
            assertThat(PdfInspection.text(pdf).replaceAll("\\s+", " ")).contains("SMART Health Link: Soccer club",
                    "Shares: All cards. Works until ");
            assertThat(PdfInspection.structure(pdf)).extracting(PDStructureElement::getAlternateDescription)
                    .contains("QR code: SMART Health Link: Soccer club");
        }
        assertThat(PdfConformance.failures(pack)).isEmpty();

        mother.get("/people/" + diego + "/links/" + link.id + "/deactivate");
        mother.post("/people/" + diego + "/links/" + link.id + "/deactivate", Map.of()).then().statusCode(303);

        assertThat(codesOnPack(mother)).doesNotContain(viewerUrl);
    }

    @Test
    void aLinkNotChosenIsNotPrintedUntilItIsTickedOnItsPageAndUntickingTakesItOffAgain() throws IOException {
        Browser mother = as("NM-000004");
        long lucia = idOf("NM-000006");
        mother.get("/people/" + lucia + "/links/new");
        HealthLink link = TestLinks.stored(TestLinks.linkIdOf(mother.post("/people/" + lucia + "/links",
                form("ALL_CARDS", "MONTH", "", "Dance class"))));
        String viewerUrl = TestLinks.viewerUrl(link);
        String page = "/people/" + lucia + "/links/" + link.id;

        assertThat(link.onFamilyPack).isFalse();
        assertThat(mother.get(page).asString()).contains("<dt>On the family pack</dt><dd>No</dd>",
                "action=\"" + page + "/family-pack\"", "name=\"csrf-token\"");
        assertThat(codesOnPack(mother)).doesNotContain(viewerUrl);

        Response ticked = mother.post(page + "/family-pack", Map.of("family-pack", "on"));
        assertThat(ticked.statusCode()).isEqualTo(303);
        assertThat(ticked.header("Location")).endsWith(page);
        assertThat(TestLinks.stored(link.id).onFamilyPack).isTrue();
        assertThat(AuditTrail.lastOf(AuditAction.HEALTH_LINK_FAMILY_PACK_CHANGED).reason).isEqualTo("ON");
        assertThat(codesOnPack(mother)).contains(viewerUrl);

        mother.get(page);
        mother.post(page + "/family-pack", Map.of()).then().statusCode(303);
        assertThat(TestLinks.stored(link.id).onFamilyPack).isFalse();
        assertThat(AuditTrail.lastOf(AuditAction.HEALTH_LINK_FAMILY_PACK_CHANGED).reason).isEqualTo("OFF");
        assertThat(codesOnPack(mother)).doesNotContain(viewerUrl);
    }

    @Test
    void aChosenLinkWithAPasscodeSaysOneIsNeededButThePasscodeIsNeverPrinted() throws IOException {
        Browser mother = as("NM-000004");
        long diego = idOf("NM-000005");
        mother.get("/people/" + diego + "/links/new");
        Map<String, String> chosen = form("EVERYTHING", "NONE", "mariposa-1987", "School nurse");
        chosen.put("family-pack", "on");
        HealthLink link = TestLinks.stored(TestLinks.linkIdOf(mother.post("/people/" + diego + "/links", chosen)));

        try (PDDocument pdf = PdfInspection.load(familyPack(mother))) {
            String text = PdfInspection.text(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("SMART Health Link: School nurse",
                    "Works until it is stopped (no end date). A passcode is needed: it is not printed.")
                    .doesNotContain("mariposa-1987");
            assertThat(PdfInspection.scanAllQrCodes(pdf, DPI)).contains(TestLinks.viewerUrl(link))
                    .noneMatch(code -> code.contains("mariposa-1987"));
        }
    }

    @Test
    void anExpiredLinkIsLeftOffTheNextPack() throws IOException {
        Browser mother = as("NM-000004");
        long diego = idOf("NM-000005");
        mother.get("/people/" + diego + "/links/new");
        Map<String, String> chosen = form("ALL_CARDS", "WEEK", "", "Swim team");
        chosen.put("family-pack", "on");
        HealthLink link = TestLinks.stored(TestLinks.linkIdOf(mother.post("/people/" + diego + "/links", chosen)));
        String viewerUrl = TestLinks.viewerUrl(link);

        QuarkusTransaction.requiringNew().run(() -> HealthLink.update("expiresAt = ?1 where id = ?2",
                Instant.now().minus(1, ChronoUnit.MINUTES), link.id));

        assertThat(codesOnPack(mother)).doesNotContain(viewerUrl);
    }

    @Test
    void aMinorsOwnLinkMayGoOnTheGuardiansPackButAnAdultIsOfferedNoChoice() throws IOException {
        Browser diego = as("NM-000005");
        long diegoId = idOf("NM-000005");
        assertThat(diego.get("/people/" + diegoId + "/links/new").asString()).contains("name=\"family-pack\"");
        Map<String, String> chosen = form("ALL_CARDS", "MONTH", "", "Scout camp");
        chosen.put("family-pack", "on");
        HealthLink own = TestLinks.stored(TestLinks.linkIdOf(diego.post("/people/" + diegoId + "/links", chosen)));

        assertThat(own.onFamilyPack).isTrue();
        assertThat(codesOnPack(as("NM-000004"))).contains(TestLinks.viewerUrl(own));

        Browser john = as("NM-000001");
        long johnId = idOf("NM-000001");
        john.get("/people/" + johnId + "/links/new");
        HealthLink adults = TestLinks.stored(TestLinks.linkIdOf(john.post("/people/" + johnId + "/links",
                form("ALL_CARDS", "MONTH", "", "Gym"))));
        assertThat(john.get("/people/" + johnId + "/links/" + adults.id).asString()).doesNotContain("family-pack");
        assertThat(john.post("/people/" + johnId + "/links/" + adults.id + "/family-pack",
                Map.of("family-pack", "on")).statusCode()).isEqualTo(404);
        assertThat(TestLinks.stored(adults.id).onFamilyPack).isFalse();
    }

    @Test
    void anotherPersonsLinkIsNotFoundAndAForgedFormIsRefused() {
        Browser mother = as("NM-000004");
        long diego = idOf("NM-000005");
        mother.get("/people/" + diego + "/links/new");
        HealthLink diegos = TestLinks.stored(TestLinks.linkIdOf(mother.post("/people/" + diego + "/links",
                form("ALL_CARDS", "MONTH", "", "Library"))));
        Browser john = as("NM-000001");
        long johnId = idOf("NM-000001");
        john.get("/people/" + johnId + "/links/new");
        long johns = TestLinks.linkIdOf(john.post("/people/" + johnId + "/links", form("ALL_CARDS", "MONTH", "", "Travel")));
        mother.get("/people/" + diego + "/links/" + diegos.id);

        assertThat(mother.get("/people/" + diego + "/links/" + johns).statusCode()).isEqualTo(404);
        assertThat(mother.post("/people/" + diego + "/links/" + johns + "/family-pack",
                Map.of("family-pack", "on")).statusCode()).isEqualTo(404);
        assertThat(john.post("/people/" + diego + "/links/" + diegos.id + "/family-pack",
                Map.of("family-pack", "on")).statusCode()).isEqualTo(404);
        assertThat(mother.postWithoutCsrf("/people/" + diego + "/links/" + diegos.id + "/family-pack",
                Map.of("family-pack", "on")).statusCode()).isEqualTo(400);
        assertThat(TestLinks.stored(johns).onFamilyPack).isFalse();
        assertThat(TestLinks.stored(diegos.id).onFamilyPack).isFalse();
    }

    private static Browser as(String registryId) {
        Browser browser = new Browser();
        browser.setCookie(TestSessions.COOKIE, TestSessions.signIn(registryId));
        return browser;
    }

    private static Map<String, String> form(String content, String expiry, String passcode, String label) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("content", content);
        form.put("card", "");
        form.put("passcode", passcode);
        form.put("expiry", expiry);
        form.put("label", label);
        return form;
    }

    private static byte[] familyPack(Browser guardian) {
        Response pack = guardian.get("/people/" + idOf("NM-000004") + "/family.pdf");
        assertThat(pack.statusCode()).isEqualTo(200);
        return pack.asByteArray();
    }

    /** Every QR code a scanner reads on Marisol's family pack. */
    private static List<String> codesOnPack(Browser guardian) throws IOException {
        try (PDDocument pdf = PdfInspection.load(familyPack(guardian))) {
            return PdfInspection.scanAllQrCodes(pdf, DPI);
        }
    }
}
