package org.shcportal.cards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.shcportal.keys.RidSecret;
import org.shcportal.keys.SigningKey;
import org.shcportal.qr.NumericQr;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A person's records → their SMART Health Cards: one per disease group and one per kind of lab test, each signed
 * with the active key. The only class the portal calls to make cards.
 */
public final class CardIssuer {

    private final IssuerSettings settings;
    private final JwsSigner signer;
    private final RidSecret ridSecret;
    private final Clock clock;

    public CardIssuer(IssuerSettings settings, SigningKey key, RidSecret ridSecret, Clock clock) {
        this.settings = settings;
        this.signer = new JwsSigner(key);
        this.ridSecret = ridSecret;
        this.clock = clock;
    }

    /** The key id of the signing key: cards issued now carry it. */
    public String kid() {
        return signer.kid();
    }

    /**
     * Every card of the person, immunization cards first, in {@link CardGroup} order.
     *
     * @throws CardIssuanceException {@code NO_RECORDS} when there is nothing to put in a card
     */
    public List<GroupCard> issue(HealthRecord record) {
        if (record.doses().isEmpty() && record.labs().isEmpty()) {
            throw new CardIssuanceException(CardIssuanceException.Code.NO_RECORDS,
                    "no completed immunization and no lab result on record");
        }
        Context context = new Context(record.subject(), clock.instant().getEpochSecond(),
                ridSecret.rid(signer.kid(), record.subject().personKey()));
        List<GroupCard> cards = new ArrayList<>();
        record.dosesByCard().forEach((group, doses) -> cards.add(vaccinationCard(context, group, doses)));
        record.labsByCard().forEach((group, labs) -> cards.add(labCard(context, group, labs)));
        return cards;
    }

    private GroupCard vaccinationCard(Context context, CardGroup group, List<VaccineDose> doses) {
        Card full = card(context, group, FhirBundle.vaccination(context.subject, doses), doses.size(), doses.size());
        if (!full.chunked()) {
            return new GroupCard(full, Optional.empty());
        }
        List<VaccineDose> shown = DoseSelection.select(doses,
                selection -> fitsOneCode(context, group, FhirBundle.vaccination(context.subject, selection)));
        if (shown.isEmpty()) {
            return new GroupCard(full, Optional.empty());
        }
        Card selected = card(context, group, FhirBundle.vaccination(context.subject, shown), shown.size(),
                doses.size());
        return new GroupCard(selected, Optional.of(full));
    }

    /** Lab results are not a series: when they do not all fit, the most recent ones that do are shown. */
    private GroupCard labCard(Context context, CardGroup group, List<LabObservation> labs) {
        Card full = card(context, group, FhirBundle.laboratory(context.subject, labs), labs.size(), labs.size());
        if (!full.chunked()) {
            return new GroupCard(full, Optional.empty());
        }
        int first = labs.size() - 1;
        while (first > 0 && fitsOneCode(context, group, FhirBundle.laboratory(context.subject,
                labs.subList(first - 1, labs.size())))) {
            first--;
        }
        List<LabObservation> shown = labs.subList(first, labs.size());
        Card selected = card(context, group, FhirBundle.laboratory(context.subject, shown), shown.size(),
                labs.size());
        return new GroupCard(selected, Optional.of(full));
    }

    private Card card(Context context, CardGroup group, ObjectNode bundle, int shown, int total) {
        String jws = signer.sign(claims(context, group, bundle));
        return new Card(group, jws, NumericQr.texts(jws), shown, total);
    }

    private boolean fitsOneCode(Context context, CardGroup group, ObjectNode bundle) {
        return signer.length(claims(context, group, bundle)) <= NumericQr.MAX_SINGLE_QR_JWS_LENGTH;
    }

    private byte[] claims(Context context, CardGroup group, ObjectNode bundle) {
        return CredentialClaims.minifiedJson(settings.iss(), context.nbf,
                group.credentialTypes(settings.legacyTypes()), bundle, context.rid);
    }

    /** What every card of one issuing run shares. */
    private record Context(CardSubject subject, long nbf, String rid) {
    }
}
