package org.shcportal.pdf;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.shcportal.cards.CardIssuer;
import org.shcportal.cards.CardSubject;
import org.shcportal.cards.GroupCard;
import org.shcportal.cards.HealthRecord;
import org.shcportal.cards.IssuerSettings;
import org.shcportal.cards.VaccineDose;
import org.shcportal.keys.DevKeyRing;
import org.shcportal.keys.KeyRing;
import org.shcportal.keys.RidSecret;

/**
 * Real cards for the sample documents, issued by our {@link CardIssuer} with a throw-away key: the people and doses
 * are the ones printed in {@code src/test/resources/pdf/*.xhtml}.
 */
final class SampleCards {

    static final Instant ISSUED = Instant.parse("2026-11-22T10:15:30Z");
    static final String ISS = "https://registry.example/shc";

    /** The IG's scenario 1 person and doses (also used by CardIssuerTest). */
    static final HealthRecord JOHN = new HealthRecord(
            new CardSubject("NM-000001", "Anyperson", List.of("John", "B."), LocalDate.of(1951, 1, 20), "IAL1.2"),
            List.of(new VaccineDose("207", LocalDate.of(2021, 1, 1), "0000001", "ABC General Hospital"),
                    new VaccineDose("207", LocalDate.of(2021, 1, 29), "0000007", "ABC General Hospital"),
                    new VaccineDose("229", LocalDate.of(2022, 9, 5), "0000001", "ABC General Hospital"),
                    new VaccineDose("150", LocalDate.of(2024, 10, 1), "U1234AA", "Corner Pharmacy #12")),
            List.of());

    /** A yearly influenza history too long for one QR code: its full history is chunked. */
    static final HealthRecord MARIA = new HealthRecord(
            new CardSubject("NM-000002", "Núñez Peña", List.of("María José"), LocalDate.of(1987, 3, 14), "IAL1.2"),
            influenzaEveryAutumn(2001, 2024), List.of());

    private static final Path KEYS = Path.of("target", "pdf-sample-keys");
    private static final CardIssuer ISSUER = issuer();

    private SampleCards() {
    }

    static List<GroupCard> issue(HealthRecord record) {
        return ISSUER.issue(record);
    }

    /** One dose each October, alternating between two clinics with long Spanish names. */
    static List<VaccineDose> influenzaEveryAutumn(int firstYear, int lastYear) {
        List<VaccineDose> doses = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            String where = year % 2 == 0 ? "Clínica del Condado de Santa Fe" : "Farmacia Peña y Muñoz, Española";
            doses.add(new VaccineDose("150", LocalDate.of(year, 10, 1 + year % 20), "FL" + year, where));
        }
        return List.copyOf(doses);
    }

    private static CardIssuer issuer() {
        KeyRing keys = DevKeyRing.loadOrCreate(KEYS.resolve("keys"));
        return new CardIssuer(new IssuerSettings(ISS, true), keys.active(),
                RidSecret.loadOrCreate(KEYS.resolve("rid-secret")), Clock.fixed(ISSUED, ZoneOffset.UTC));
    }
}
