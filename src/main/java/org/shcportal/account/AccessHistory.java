package org.shcportal.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.shcportal.audit.AuditEvent;
import org.shcportal.audit.StaffReason;
import org.shcportal.records.RecordsPageBuilder;
import org.shcportal.registry.Initials;
import org.shcportal.registry.Person;

/** A person's audit events, told in plain language from that person's point of view. */
final class AccessHistory {

    /** One line of the history page. */
    record Entry(String when, String what, String who, String network) {
    }

    /** Eight hex digits tell a handful of networks apart without becoming an identifier of their own. */
    private static final int NETWORK_CHARS = 8;

    private final long viewerId;
    private final AccountMessages messages;
    private final DateTimeFormatter format;
    private final Map<Long, Person> othersById;
    private final DownloadWording downloads;

    private AccessHistory(long viewerId, AccountMessages messages, Locale locale, ZoneId zone,
            Map<Long, Person> othersById) {
        this.viewerId = viewerId;
        this.messages = messages;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
        this.othersById = othersById;
        this.downloads = new DownloadWording(messages, new RecordsPageBuilder(locale, zone)::heading);
    }

    static List<Entry> of(Person viewer, List<AuditEvent> events, AccountMessages messages, Locale locale,
            ZoneId zone) {
        Map<Long, Person> others = events.stream().flatMap(event -> Stream.of(event.actorPersonId,
                event.subjectPersonId)).filter(id -> id != null && id != viewer.id.longValue()).distinct()
                .map(id -> Person.<Person> findById(id)).filter(person -> person != null)
                .collect(Collectors.toMap(person -> person.id, Function.identity()));
        AccessHistory history = new AccessHistory(viewer.id, messages, locale, zone, others);
        return events.stream().map(history::entry).toList();
    }

    private Entry entry(AuditEvent event) {
        String network = event.ipHash == null ? "" : event.ipHash.substring(0, NETWORK_CHARS);
        return new Entry(format.format(event.occurredAt), what(event), who(event), network);
    }

    private String who(AuditEvent event) {
        return switch (event.actorKind) {
            case ANONYMOUS -> messages.who_anonymous();
            case STAFF -> staff(event.actorRole);
            case SYSTEM -> messages.who_system();
            case RESIDENT -> event.actorPersonId == viewerId ? messages.who_you() : messages.who_guardian();
        };
    }

    /** The staff member by their role (Actor names AGENT, SUPERVISOR and ADMIN); an unknown role as "the help desk". */
    private String staff(String role) {
        return switch (role == null ? "" : role) {
            case "AGENT" -> messages.who_staff();
            case "SUPERVISOR" -> messages.who_supervisor();
            case "ADMIN" -> messages.who_admin();
            default -> messages.who_helpdesk();
        };
    }

    private String what(AuditEvent event) {
        String what = switch (event.action) {
            case SIGN_IN_REQUESTED, SIGN_IN_INVALID -> messages.what_sign_in_requested();
            case SIGN_IN_RATE_LIMITED -> messages.what_rate_limited();
            case SIGN_IN_PAUSED -> messages.what_sign_in_paused(format.format(Instant.parse(event.reason)));
            case SIGN_IN_CODE_SENT -> messages.what_code_sent(
                    "EMAIL".equals(event.reason) ? messages.channel_email() : messages.channel_phone());
            case SIGN_IN_CODE_WRONG -> messages.what_code_wrong();
            case SIGNED_IN -> messages.what_signed_in();
            case SIGNED_OUT -> messages.what_signed_out();
            case RECORDS_VIEWED -> aboutOther(event) ? messages.what_records_viewed_of(initialsOfSubject(event))
                    : messages.what_records_viewed();
            case CORRECTION_REQUESTED -> aboutOther(event)
                    ? messages.what_correction_requested_of(initialsOfSubject(event))
                    : messages.what_correction_requested();
            case ACCESS_HISTORY_VIEWED -> messages.what_history_viewed();
            case CARDS_VIEWED -> aboutOther(event) ? messages.what_cards_viewed_of(initialsOfSubject(event))
                    : messages.what_cards_viewed();
            case CARD_DOWNLOADED -> downloads.of(event.reason, aboutOther(event) ? initialsOfSubject(event) : null);
            case CARDS_REVOKED -> messages.what_cards_revoked(format.format(Instant.parse(event.reason)));
            case STAFF_RECORD_OPENED -> messages.what_staff_opened();
            case STAFF_CODE_RESENT -> messages.what_staff_code_resent();
            case STAFF_CARD_EMAILED -> messages.what_staff_card_emailed();
            case STAFF_CARD_MAIL_QUEUED -> messages.what_staff_card_mail_queued();
            case STAFF_CARD_PRINTED -> messages.what_staff_card_printed();
            case STAFF_CHANGE_REQUESTED -> messages.what_staff_change_requested();
            case STAFF_CHANGE_APPROVED -> messages.what_staff_change_approved();
            case STAFF_CHANGE_DENIED -> messages.what_staff_change_denied();
            case STAFF_CARDS_REVOKED -> messages.what_staff_cards_revoked();
            case STAFF_CARDS_REISSUED -> messages.what_staff_cards_reissued();
            case STAFF_CORRECTION_VIEWED -> messages.what_staff_correction_viewed();
            case STAFF_CORRECTION_UPDATED -> messages.what_staff_correction_updated();
            case STAFF_CORRECTION_CLOSED -> messages.what_staff_correction_closed();
            case STAFF_AUDIT_SEARCHED -> messages.what_staff_audit_searched();
            case FEED_MESSAGE_RECEIVED -> messages.what_feed_recorded();
            case RECORD_MERGED_INTO -> messages.what_record_merged_into();
            case RECORD_MERGED_AWAY -> messages.what_record_merged_away();
            case RECORD_CHANGE_NOTICE_QUEUED -> messages.what_record_change_notice(
                    "EMAIL".equals(event.reason) ? messages.channel_email() : messages.channel_phone());
            case FEED_SENDER_SIGN_IN_FAILED, FEED_SENDER_ADDED, FEED_SENDER_DISABLED -> messages.what_feed_senders();
            case HEALTH_LINK_CREATED -> aboutOther(event) ? messages.what_link_created_of(initialsOfSubject(event))
                    : messages.what_link_created();
            case HEALTH_LINK_DEACTIVATED -> aboutOther(event)
                    ? messages.what_link_deactivated_of(initialsOfSubject(event))
                    : messages.what_link_deactivated();
            case HEALTH_LINK_FAMILY_PACK_CHANGED -> familyPack(event);
            case HEALTH_LINK_OPENED -> messages.what_link_opened(String.valueOf(event.reason));
            case HEALTH_LINK_REFUSED -> messages.what_link_refused(String.valueOf(event.reason));
            case STAFF_SIGNED_IN, STAFF_SIGN_IN_FAILED, STAFF_LOCKED_OUT, STAFF_SIGNED_OUT, STAFF_ACCOUNT_CREATED,
                    STAFF_ACCOUNT_DISABLED, STAFF_ACCOUNT_ENABLED, STAFF_ACCOUNT_UNLOCKED, STAFF_TWO_STEP_ENABLED,
                    STAFF_TWO_STEP_DISABLED, STAFF_PASSWORD_CHANGED, STAFF_PASSWORD_RESET, STAFF_SEARCHED, STAFF_FEED_VIEWED ->
                messages.what_staff_other();
        };
        return event.actorKind == AuditEvent.ActorKind.STAFF && event.reason != null
                ? what + " · " + messages.what_reason(reasonLabel(event.reason))
                : what;
    }

    /** A link chosen for the family pack, or no longer; ON or OFF in the reason. */
    private String familyPack(AuditEvent event) {
        boolean printed = "ON".equals(event.reason);
        if (aboutOther(event)) {
            return printed ? messages.what_link_packed_of(initialsOfSubject(event))
                    : messages.what_link_unpacked_of(initialsOfSubject(event));
        }
        return printed ? messages.what_link_packed() : messages.what_link_unpacked();
    }

    /** A staff member's reason in the page's language; a reason from outside the list as it was stored. */
    private String reasonLabel(String code) {
        return StaffReason.ofCode(code).map(this::label).orElse(code);
    }

    private String label(StaffReason reason) {
        return switch (reason) {
            case CALLER_VERIFICATION -> messages.reason_caller_verification();
            case SIGN_IN_HELP -> messages.reason_sign_in_help();
            case CORRECTION_REQUEST -> messages.reason_correction_request();
            case MAIL_REQUEST -> messages.reason_mail_request();
            case CARD_REISSUE -> messages.reason_card_reissue();
            case CONTACT_UPDATE -> messages.reason_contact_update();
            case GUARDIAN_LINK -> messages.reason_guardian_link();
            case SUPERVISOR_REVIEW -> messages.reason_supervisor_review();
            case LOST_OR_STOLEN -> messages.reason_lost_or_stolen();
            case WRONG_INFORMATION -> messages.reason_wrong_information();
            case SOMEONE_ELSE_HAS_CARDS -> messages.reason_someone_else_has_cards();
            case NO_PHONE_OR_INTERNET -> messages.reason_no_phone_or_internet();
            case COPY_ASKED -> messages.reason_copy_asked();
        };
    }

    /** The viewer acted on someone else's record (a guardian on a child's). */
    private boolean aboutOther(AuditEvent event) {
        return event.subjectPersonId != null && event.subjectPersonId != viewerId;
    }

    private String initialsOfSubject(AuditEvent event) {
        Person subject = othersById.get(event.subjectPersonId);
        return subject == null ? "" : Initials.of(subject);
    }
}
