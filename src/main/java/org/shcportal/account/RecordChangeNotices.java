package org.shcportal.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.audit.AuditLog;
import org.shcportal.feed.RecordUpdated;
import org.shcportal.guardians.GuardianConfig;
import org.shcportal.outbox.OutboundMessage;
import org.shcportal.outbox.Outbox;
import org.shcportal.registry.Contact;
import org.shcportal.registry.GuardianLink;
import org.shcportal.registry.Person;
import org.shcportal.signin.CodeDestination;
import org.shcportal.signin.ContactAddress;
import org.shcportal.signin.ResidentSession;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryCalendar;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * "Your record changed": when a registry feed message changes what a person's cards would contain, the person — and,
 * for a minor, each linked guardian — is told so through the outbox, in the message's own transaction, so that a
 * rolled-back message tells nobody. Only someone who has signed in before and has not turned the notice off is
 * told, at most once a calendar day in the registry's time zone (a row per person and day that every replica
 * inserts with ON CONFLICT DO NOTHING), at the newest current contact on file, in the language of their newest
 * session (English when none is on file). The text names no person and no health detail.
 */
@ApplicationScoped
class RecordChangeNotices {

    private static final Logger LOG = Logger.getLogger(RecordChangeNotices.class);

    @Inject
    RecordFingerprint fingerprints;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    RegistryCalendar calendar;

    @Inject
    RegistryConfig registry;

    @Inject
    GuardianConfig guardians;

    @Inject
    EntityManager entityManager;

    void onRecordUpdated(@Observes RecordUpdated update) {
        // A record the message created is known to no one who has signed in, and has no guardian unless the message
        // linked one: then there is no one to tell, and its first fingerprint is kept by the next message about it or
        // by a sign-in.
        if (update.created() && !update.linkedGuardian()) {
            return;
        }
        Person person = Person.findById(update.personId());
        if (person == null || !fingerprints.update(person, update.created())) {
            return;
        }
        if (!update.created()) {
            tell(person, false);
        }
        if (isMinor(person)) {
            GuardianLink.listGuardiansOf(person).forEach(link -> tell(link.guardian, true));
        }
    }

    private boolean isMinor(Person person) {
        return person.birthDate.isAfter(calendar.today().minusYears(guardians.ageOfMajority()));
    }

    private void tell(Person recipient, boolean aboutMinor) {
        if (!hasSignedIn(recipient) || !AccountSetting.wantsRecordChangeNotices(recipient.id)) {
            return;
        }
        Optional<ContactAddress> contact = CodeDestination.newest(recipient.id);
        if (contact.isEmpty() || !firstToday(recipient)) {
            return;
        }
        Language language = ResidentSession.newestLanguageOf(recipient.id).flatMap(Language::byCode)
                .orElse(Language.EN);
        try {
            queue(contact.get(), language, aboutMinor);
            audit.record(AuditAction.RECORD_CHANGE_NOTICE_QUEUED, Actor.system(), recipient.id,
                    contact.get().kind().name());
        } catch (IllegalArgumentException e) {
            // The outbox's message never quotes the contact; the person id is not personal data in the logs.
            LOG.warnf("No record-change notice for person %d: %s", recipient.id, e.getMessage());
        }
    }

    /** A resident who never signed in may not know the portal, and is not written to by it. */
    private static boolean hasSignedIn(Person person) {
        return AuditEvent.find("action = ?1 and actorPersonId = ?2", AuditAction.SIGNED_IN, person.id)
                .firstResultOptional().isPresent();
    }

    /** Claims today's notice for the person; false when it was claimed already, on this replica or another. */
    private boolean firstToday(Person person) {
        LocalDate today = calendar.today();
        return entityManager.createNativeQuery("""
                INSERT INTO record_change_notice (person_id, notice_day, queued_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (person_id, notice_day) DO NOTHING""").setParameter(1, person.id).setParameter(2, today)
                .setParameter(3, Instant.now()).executeUpdate() == 1;
    }

    private void queue(ContactAddress contact, Language language, boolean aboutMinor) {
        AccountMessages messages = MessageBundles.get(AccountMessages.class, Localized.Literal.of(language.code()));
        List<String> lines = new ArrayList<>();
        lines.add(aboutMinor ? messages.notice_body_minor() : messages.notice_body_self());
        lines.add(messages.notice_help(registry.name(), registry.helpPhone()));
        String body = String.join(contact.kind() == Contact.Kind.EMAIL ? "\n\n" : " ", lines);
        if (contact.kind() == Contact.Kind.EMAIL) {
            outbox.queue(OutboundMessage.Channel.EMAIL, contact.value(), messages.notice_subject(registry.name()), body,
                    language.code());
        } else {
            outbox.queue(OutboundMessage.Channel.SMS, contact.value(), null, body, language.code());
        }
    }
}
