package org.shcportal.healthlinks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.registry.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Answers manifest requests and location URLs (SHL, "SMART Health Link Manifest Request", "{@code .files.location}
 * links"). A passcode attempt is paid for before the passcode is compared: one atomic {@code UPDATE … WHERE
 * remaining_attempts > 0 RETURNING} in its own transaction, so that parallel requests, on any number of replicas, can
 * never try more passcodes than the link allows (the spec's "Monitoring remaining attempts"); a right passcode gets its
 * attempt back. bcrypt runs outside any transaction, holding no connection. Every request of a known link is recorded
 * ({@link HealthLinkAccess}) and audited; unknown, expired, deactivated and locked links get the same 404.
 */
@ApplicationScoped
class Manifests {

    @Inject
    HealthLinks links;

    @Inject
    HealthLinkConfig config;

    @Inject
    LinkKeys keys;

    @Inject
    LinkFiles files;

    @Inject
    StoredFiles storedFiles;

    @Inject
    Tickets tickets;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** The first step's outcome: an answer already, or a passcode to compare with the link's hash. */
    private record Admission(Optional<Answer> answer, long linkId, String passcodeHash, int remainingAttempts) {

        static Admission answered(Answer answer) {
            return new Admission(Optional.of(answer), 0, null, 0);
        }
    }

    Answer manifest(String manifestId, ManifestRequest request) {
        Admission admission = QuarkusTransaction.requiringNew().call(() -> admit(manifestId, request));
        if (admission.answer().isPresent()) {
            return admission.answer().get();
        }
        boolean right = admission.passcodeHash() == null
                || Passcodes.matches(request.passcode().orElseThrow(), admission.passcodeHash());
        return QuarkusTransaction.requiringNew().call(() -> right ? open(admission.linkId(), request)
                : refuse(HealthLink.findById(admission.linkId()), request.recipient(),
                        Answer.wrongPasscode(admission.remainingAttempts())));
    }

    private Admission admit(String manifestId, ManifestRequest request) {
        Optional<HealthLink> found = HealthLink.findByManifestId(manifestId);
        if (found.isEmpty()) {
            return Admission.answered(Answer.NOT_FOUND);
        }
        HealthLink link = found.get();
        String recipient = request.recipient();
        if (link.state(clock.instant()) != LinkState.ACTIVE) {
            return Admission.answered(refuse(link, recipient, Answer.NOT_FOUND));
        }
        if (!link.hasPasscode()) {
            return new Admission(Optional.empty(), link.id, null, 0);
        }
        Optional<String> passcode = request.passcode();
        if (passcode.isEmpty()) {
            return Admission.answered(refuse(link, recipient, Answer.wrongPasscode(link.remainingAttempts)));
        }
        if (LinkRules.tooLong(passcode.get())) {
            return Admission.answered(refuse(link, recipient, Answer.badRequest("The passcode is longer than any"
                    + " link's passcode (" + LinkRules.MAX_PASSCODE_LENGTH + " characters).")));
        }
        OptionalInt left = spendAttempt(link.id);
        if (left.isEmpty()) {
            return Admission.answered(refuse(link, recipient, Answer.NOT_FOUND));
        }
        return new Admission(Optional.empty(), link.id, link.passcodeHash, left.getAsInt());
    }

    /** Takes one attempt, atomically; empty when none was left. */
    private OptionalInt spendAttempt(long linkId) {
        List<?> left = entityManager.createNativeQuery("""
                UPDATE health_link SET remaining_attempts = remaining_attempts - 1
                WHERE id = ?1 AND remaining_attempts > 0 RETURNING remaining_attempts""").setParameter(1, linkId)
                .getResultList();
        return left.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) left.get(0)).intValue());
    }

    private Answer open(long linkId, ManifestRequest request) {
        HealthLink link = HealthLink.findById(linkId);
        if (link.hasPasscode()) {
            entityManager.createNativeQuery(
                    "UPDATE health_link SET remaining_attempts = remaining_attempts + 1 WHERE id = ?1")
                    .setParameter(1, linkId).executeUpdate();
            entityManager.refresh(link);
        }
        Instant now = clock.instant();
        if (link.state(now) != LinkState.ACTIVE) {
            return refuse(link, request.recipient(), Answer.NOT_FOUND);
        }
        String recipient = HealthLinkAccess.cut(request.recipient());
        Instant ticketsExpire = now.plus(config.locationLifetime());
        List<Map<String, String>> entries = new ArrayList<>();
        for (EncryptedFile file : filesOf(link)) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("contentType", file.contentType());
            if (request.embeds(file.jwe().length())) {
                entry.put("embedded", file.jwe());
            } else {
                entry.put("location",
                        links.fileUrl(tickets.issue(link.id, recipient, file.jwe(), ticketsExpire, now)));
            }
            entries.add(entry);
        }
        record(link, recipient, true);
        return Answer.json(200, Map.of("files", entries));
    }

    /** The files as they are now for a link that stays current (new IVs each time), else those made at creation. */
    private List<EncryptedFile> filesOf(HealthLink link) {
        if (!link.stayCurrent) {
            return storedFiles.of(link.id);
        }
        byte[] key = keys.open(link);
        return files.of(link, Person.findById(link.personId)).stream().map(file -> new EncryptedFile(
                file.contentType(), LinkEncryption.encrypt(key, file.contentType(), file.content()))).toList();
    }

    /** The file behind a location URL, once, while it lasts and while its link works. */
    Answer file(String ticket) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<Tickets.Ticketed> taken = tickets.take(ticket);
            if (taken.isEmpty()) {
                return Answer.NOT_FOUND;
            }
            HealthLink link = HealthLink.findById(taken.get().linkId());
            Instant now = clock.instant();
            if (!now.isBefore(taken.get().expiresAt()) || link.state(now) != LinkState.ACTIVE) {
                return refuse(link, taken.get().recipient(), Answer.NOT_FOUND);
            }
            record(link, taken.get().recipient(), true);
            return new Answer(200, Answer.JOSE_TYPE, taken.get().jwe());
        });
    }

    private Answer refuse(HealthLink link, String recipient, Answer answer) {
        record(link, HealthLinkAccess.cut(recipient), false);
        return answer;
    }

    private void record(HealthLink link, String recipient, boolean accepted) {
        HealthLinkAccess access = new HealthLinkAccess();
        access.linkId = link.id;
        access.recipient = recipient;
        access.at = clock.instant();
        access.accepted = accepted;
        access.persist();
        audit.record(accepted ? AuditAction.HEALTH_LINK_OPENED : AuditAction.HEALTH_LINK_REFUSED, Actor.anonymous(),
                link.personId, recipient);
    }
}
