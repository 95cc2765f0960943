package org.shcportal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.demodata.Household;
import org.shcportal.demodata.SyntheticRegistry;
import org.shcportal.keys.DevKeyRing;
import org.shcportal.keys.KeyRing;
import org.shcportal.keys.RidSecret;
import org.shcportal.qr.NumericQr;

/** Property: every card of 10,000 generated persons verifies and keeps the spec's QR size limits. */
class GeneratedPersonsCardsTest {

    private static final int PERSONS = 10_000;

    @TempDir
    Path folder;

    @Test
    void everyCardOfTenThousandGeneratedPersonsVerifiesAndFits() {
        KeyRing keys = DevKeyRing.loadOrCreate(folder.resolve("keys"));
        CardIssuer issuer = new CardIssuer(new IssuerSettings(CardIssuerTest.ISS, true), keys.active(),
                RidSecret.loadOrCreate(folder.resolve("rid-secret")), Clock.fixed(CardIssuerTest.NOW, ZoneOffset.UTC));
        CardVerifier verifier = new CardVerifier(CardIssuerTest.ISS, kid -> keys.byKid(kid).map(k -> k.verifier()),
                (kid, rid) -> List.of());
        int cards = 0;
        for (HealthRecord record : records(PERSONS)) {
            if (record.doses().isEmpty() && record.labs().isEmpty()) {
                continue;
            }
            for (GroupCard card : issuer.issue(record)) {
                check(card.qr(), verifier);
                card.fullHistory().ifPresent(full -> check(full, verifier));
                cards++;
            }
        }
        assertThat(cards).isGreaterThan(PERSONS);
    }

    private static void check(Card card, CardVerifier verifier) {
        assertThat(verifier.verify(card.jws(), CardIssuerTest.NOW).valid()).isTrue();
        assertThat(NumericQr.jws(card.qrTexts())).isEqualTo(card.jws());
        if (card.jws().length() <= NumericQr.MAX_SINGLE_QR_JWS_LENGTH) {
            assertThat(card.qrTexts()).hasSize(1);
        } else {
            assertThat(card.qrTexts()).allSatisfy(text -> assertThat(text).matches("shc:/\\d+/\\d+/\\d+"));
        }
    }

    /** The generator's persons as the card pipeline sees them. */
    static List<HealthRecord> records(int persons) {
        SyntheticRegistry registry = new SyntheticRegistry(11L);
        List<HealthRecord> records = new ArrayList<>();
        while (records.size() < persons) {
            for (Household.Member member : registry.nextHousehold().members()) {
                records.add(record(member, "G-" + records.size()));
            }
        }
        return records.subList(0, persons);
    }

    private static HealthRecord record(Household.Member member, String key) {
        List<String> given = member.name().middle() == null ? List.of(member.name().given())
                : List.of(member.name().given(), member.name().middle());
        CardSubject subject = new CardSubject(key, member.name().family(), given, member.birthDate(),
                member.identityAssurance());
        List<VaccineDose> doses = member.doses().stream().filter(dose -> dose.status().equals("COMPLETED"))
                .map(dose -> new VaccineDose(dose.cvx(), dose.date(), dose.lot(), dose.performer())).toList();
        List<LabObservation> labs = member.labTests().stream()
                .map(test -> new LabObservation(test.loinc(), test.date(), "final", "http://snomed.info/sct",
                        test.resultSnomed(), null, test.performer()))
                .toList();
        return new HealthRecord(subject, doses, labs);
    }
}
