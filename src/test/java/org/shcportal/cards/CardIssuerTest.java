package org.shcportal.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.issuance.CardArtifacts;
import org.shcportal.keys.DevKeyRing;
import org.shcportal.keys.Jwks;
import org.shcportal.keys.KeyRing;
import org.shcportal.keys.RidSecret;
import org.shcportal.qr.NumericQr;

import com.fasterxml.jackson.databind.JsonNode;

class CardIssuerTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");
    static final String ISS = "https://registry.example/shc";
    static final Path ARTIFACTS = Path.of("target", "shc-artifacts", "engine");
    static final CardSubject JOHN = new CardSubject("NM-000001", "Anyperson", List.of("John", "B."),
            LocalDate.of(1951, 1, 20), "IAL1.2");

    @TempDir
    static Path keysFolder;
    static KeyRing keys;
    static CardIssuer issuer;
    static CardVerifier verifier;

    @BeforeAll
    static void keys() {
        keys = DevKeyRing.loadOrCreate(keysFolder.resolve("keys"));
        issuer = issuer(true);
        verifier = new CardVerifier(ISS, kid -> keys.byKid(kid).map(key -> key.verifier()), (kid, rid) -> List.of());
    }

    static CardIssuer issuer(boolean legacyTypes) {
        return new CardIssuer(new IssuerSettings(ISS, legacyTypes), keys.active(),
                RidSecret.loadOrCreate(keysFolder.resolve("rid-secret")), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void issuesOneCovidCardThatFitsOneCodeAndVerifies() {
        List<GroupCard> cards = issuer.issue(new HealthRecord(JOHN, igScenarioOneDoses(), List.of()));

        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.group()).isEqualTo(CardGroup.COVID19);
            assertThat(card.fullHistory()).isEmpty();
            assertThat(card.qr().jws().length()).isLessThanOrEqualTo(NumericQr.MAX_SINGLE_QR_JWS_LENGTH);
            assertThat(card.qr().qrTexts()).singleElement().asString().startsWith("shc:/");
            assertThat(card.qr().complete()).isTrue();
        });
        JsonNode claims = verifier.verify(cards.get(0).qr().jws(), NOW).claims();
        assertThat(claims.path("iss").asText()).isEqualTo(ISS);
        assertThat(claims.path("nbf").isIntegralNumber()).isTrue();
        assertThat(claims.path("nbf").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.path("vc").path("type")).extracting(JsonNode::asText).containsExactly(
                "https://smarthealth.cards#health-card", "https://smarthealth.cards#immunization",
                "https://smarthealth.cards#covid19");
        assertThat(claims.path("vc").path("rid").asText()).matches("[A-Za-z0-9_-]{11}");
        assertThat(claims.has("exp")).isFalse();
        assertThat(claims.path("vc").has("@context")).isFalse();
        assertThat(claims.path("vc").path("credentialSubject").path("fhirVersion").asText()).isEqualTo("4.0.1");
    }

    @Test
    void theBundleIsMinimised() {
        JsonNode bundle = bundleOf(issuer.issue(new HealthRecord(JOHN, igScenarioOneDoses(), List.of())).get(0));
        assertThat(bundle.path("type").asText()).isEqualTo("collection");
        List<String> fieldNames = new ArrayList<>();
        collectFieldNames(bundle, fieldNames);
        assertThat(fieldNames).doesNotContain("id", "text", "identifier", "manufacturer");
        for (JsonNode codings : bundle.findValues("coding")) {
            codings.forEach(coding -> assertThat(coding.fieldNames()).toIterable().containsExactly("system", "code"));
        }
        for (int i = 0; i < bundle.path("entry").size(); i++) {
            assertThat(bundle.path("entry").get(i).path("fullUrl").asText()).isEqualTo("resource:" + i);
        }
        assertThat(bundle.findValuesAsText("reference")).containsOnly("resource:0");
        assertThat(bundle.path("entry").get(0).path("resource").path("meta").isMissingNode()).isTrue();
        assertThat(bundle.path("entry").get(1).path("resource").path("meta").path("security").get(0)
                .path("code").asText()).isEqualTo("IAL1.2");
    }

    @Test
    void putsEachDiseaseAndTheLabResultsOnCardsOfTheirOwn() throws IOException {
        List<VaccineDose> doses = new ArrayList<>(igScenarioOneDoses());
        doses.add(new VaccineDose("206", LocalDate.of(2022, 8, 1), "0000002", "ABC General Hospital"));
        doses.add(new VaccineDose("03", LocalDate.of(1952, 1, 20), null, null));
        doses.add(new VaccineDose("150", LocalDate.of(2024, 10, 1), "U1", "Pharmacy"));
        LabObservation antigen = new LabObservation("94558-4", LocalDate.of(2021, 2, 17), "final",
                "http://snomed.info/sct", "260373001", null, "ABC General Hospital");
        LabObservation other = new LabObservation("5195-3", LocalDate.of(2020, 1, 5), "final", null, null,
                "positive", "Lab");

        List<GroupCard> cards = issuer.issue(new HealthRecord(JOHN, doses, List.of(antigen, other)));
        for (GroupCard card : cards) {
            writeArtifacts("john/" + card.group().slug(), card.qr());
        }

        assertThat(cards).extracting(GroupCard::group).containsExactly(CardGroup.COVID19, CardGroup.MPOX,
                CardGroup.INFLUENZA, CardGroup.MEASLES_MUMPS_RUBELLA, CardGroup.COVID19_TESTS, CardGroup.OTHER_TESTS);
        assertThat(cards).allSatisfy(card -> assertThat(verifier.verify(card.qr().jws(), NOW).valid()).isTrue());
        JsonNode mmr = bundleOf(cards.get(3));
        assertThat(mmr.path("entry").get(1).path("resource").path("vaccineCode").path("coding").get(0).path("code")
                .asText()).isEqualTo("3");
        assertThat(mmr.path("entry").get(1).path("resource").has("performer")).isFalse();
        JsonNode other5195 = bundleOf(cards.get(5)).path("entry").get(1).path("resource");
        assertThat(other5195.path("valueString").asText()).isEqualTo("positive");
        assertThat(types(cards.get(5))).containsExactly("https://smarthealth.cards#health-card",
                "https://smarthealth.cards#laboratory");
    }

    @Test
    void anUnknownVaccineCodeIsIssuedAsRecorded() {
        List<GroupCard> cards = issuer.issue(new HealthRecord(JOHN,
                List.of(new VaccineDose("9999", LocalDate.of(2020, 1, 1), null, "Clinic")), List.of()));
        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.group()).isEqualTo(CardGroup.OTHER_IMMUNIZATIONS);
            assertThat(bundleOf(card).findValuesAsText("code")).contains("9999");
        });
    }

    @Test
    void aHistoryTooBigForOneCodeShowsTheMostRecentDosesAndKeepsTheFullHistoryInChunks() throws IOException {
        List<VaccineDose> doses = new ArrayList<>();
        LocalDate date = LocalDate.of(2021, 1, 4);
        for (int i = 0; i < 30; i++) {
            doses.add(new VaccineDose(i < 2 ? "208" : "217", date, "LOT" + (1000 + i * 37),
                    "Santa Fe County Public Health Office, clinic " + i));
            date = date.plusDays(i == 0 ? 21 : 61);
        }

        GroupCard card = issuer.issue(new HealthRecord(JOHN, doses, List.of())).get(0);

        assertThat(card.qr().qrTexts()).hasSize(1);
        assertThat(card.qr().jws().length()).isLessThanOrEqualTo(NumericQr.MAX_SINGLE_QR_JWS_LENGTH);
        assertThat(card.qr().shown()).isLessThan(30).isPositive();
        assertThat(card.qr().total()).isEqualTo(30);
        List<String> shownDates = bundleOf(card).findValuesAsText("occurrenceDateTime");
        assertThat(shownDates).last().isEqualTo(doses.get(29).date().toString());
        assertThat(shownDates).first().isEqualTo(doses.get(30 - card.qr().shown()).date().toString());
        Card full = card.fullHistory().orElseThrow();
        assertThat(full.chunked()).isTrue();
        assertThat(full.shown()).isEqualTo(30);
        assertThat(verifier.verify(full.jws(), NOW).valid()).isTrue();
        writeArtifacts("thirty-doses", card.qr());
        writeArtifacts("thirty-doses-full", full);
    }

    /** Cards for the independent verifier that runs after the tests (kill-the-clipboard, src/test/js/README.md). */
    static void writeArtifacts(String name, Card card) throws IOException {
        Path folder = ARTIFACTS.resolve(name);
        CardArtifacts.write(card, folder);
        Files.writeString(ARTIFACTS.resolve("jwks.json"), Jwks.json(keys.all(), Map.of()));
    }

    @Test
    void legacyTypesCanBeTurnedOff() {
        GroupCard card = issuer(false).issue(new HealthRecord(JOHN, igScenarioOneDoses(), List.of())).get(0);
        assertThat(types(card)).containsExactly("https://smarthealth.cards#health-card");
    }

    @Test
    void aPersonWithNoRecordsGetsNoCardAndAReason() {
        assertThatThrownBy(() -> issuer.issue(new HealthRecord(JOHN, List.of(), List.of())))
                .isInstanceOfSatisfying(CardIssuanceException.class,
                        e -> assertThat(e.code()).isEqualTo(CardIssuanceException.Code.NO_RECORDS));
    }

    @Test
    void theRidIsTheSameForEveryCardOfAPersonAndDiffersBetweenPersons() {
        HealthRecord john = new HealthRecord(JOHN, igScenarioOneDoses(), List.of());
        CardSubject jane = new CardSubject("NM-000002", "Anyperson", List.of("Jane"), LocalDate.of(1961, 1, 20),
                null);
        String first = rid(issuer.issue(john).get(0));
        assertThat(rid(issuer.issue(john).get(0))).isEqualTo(first);
        assertThat(rid(issuer.issue(new HealthRecord(jane, igScenarioOneDoses(), List.of())).get(0)))
                .isNotEqualTo(first);
    }

    static List<VaccineDose> igScenarioOneDoses() {
        return List.of(new VaccineDose("207", LocalDate.of(2021, 1, 1), "0000001", "ABC General Hospital"),
                new VaccineDose("207", LocalDate.of(2021, 1, 29), "0000007", "ABC General Hospital"),
                new VaccineDose("229", LocalDate.of(2022, 9, 5), "0000001", "ABC General Hospital"));
    }

    static JsonNode bundleOf(GroupCard card) {
        return verifier.verify(card.qr().jws(), NOW).claims().path("vc").path("credentialSubject").path("fhirBundle");
    }

    private static List<String> types(GroupCard card) {
        List<String> types = new ArrayList<>();
        verifier.verify(card.qr().jws(), NOW).claims().path("vc").path("type").forEach(t -> types.add(t.asText()));
        return types;
    }

    private static String rid(GroupCard card) {
        return verifier.verify(card.qr().jws(), NOW).claims().path("vc").path("rid").asText();
    }

    private static void collectFieldNames(JsonNode node, List<String> names) {
        node.fieldNames().forEachRemaining(names::add);
        node.elements().forEachRemaining(child -> collectFieldNames(child, names));
        if (node.isArray() || node.isObject()) {
            assertThat(node.size()).as("no empty arrays or objects").isPositive();
        }
        if (node.isTextual()) {
            assertThat(node.asText()).as("no empty strings").isNotBlank();
        }
    }
}
