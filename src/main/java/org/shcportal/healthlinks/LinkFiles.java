package org.shcportal.healthlinks;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.cards.GroupCard;
import org.shcportal.cards.HealthCardFile;
import org.shcportal.cards.RecordBundle;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.registry.Person;

/**
 * What a link shares, made from the person's cards as {@link IssuanceService} gives them out now (after a revocation
 * or a change to the records, new cards): one {@code .smart-health-card} file with the chosen cards, each with its
 * whole history, and for {@link LinkContent#EVERYTHING} also the record as a FHIR Bundle.
 */
@ApplicationScoped
class LinkFiles {

    @Inject
    IssuanceService issuance;

    /** The files of {@code link} as they are now; empty when the person no longer has the card it shares. */
    List<SharedFile> of(HealthLink link, Person person) {
        IssuanceService.Cards now = issuance.withRecord(person);
        List<String> jwsList = now.cards().stream()
                .filter(card -> link.cardGroup == null || card.group().name().equals(link.cardGroup))
                .map(LinkFiles::wholeHistory).toList();
        List<SharedFile> files = new ArrayList<>();
        if (!jwsList.isEmpty()) {
            files.add(new SharedFile(HealthCardFile.MEDIA_TYPE, HealthCardFile.of(jwsList)));
        }
        if (link.linkContent() == LinkContent.EVERYTHING && !files.isEmpty()) {
            files.add(new SharedFile(RecordBundle.MEDIA_TYPE, RecordBundle.of(now.record())));
        }
        return files;
    }

    private static String wholeHistory(GroupCard card) {
        return card.fullHistory().orElse(card.qr()).jws();
    }
}
