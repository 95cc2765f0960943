package org.shcportal.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.audit.AuditLog;
import org.shcportal.audit.ClientAddress;
import org.shcportal.audit.Pseudonyms;
import org.shcportal.sessions.Tokens;
import org.shcportal.web.Language;

/**
 * The resident sign-in steps: a claim (name, date of birth, contact) → a code when exactly one person matches, to the
 * contact typed if it is current on the record, else to a current one on file ({@link CodeDestination}) → a session
 * when the code is right. What a browser sees never depends on whether anything matched; only the audit and the
 * rate limits know.
 *
 * <p>
 * The rate limits count what a request can do to somebody: every request counts against its IP address and against
 * the details typed (name, date of birth and contact together) whether or not they match anybody, so that the browser
 * can be told when those details are paused without learning whether they matched; a request whose details matched
 * counts against the person matched (however the name was spelled, whichever of their contacts was typed); a code
 * counts against the contact it goes to. A request counts in the buckets up to the first that refuses it, so that a
 * refused request uses up nobody else's allowance, and details that match nobody use up only the allowance of
 * those same details. A refusal that matched a person is told to that person once per window
 * ({@link AuditAction#SIGN_IN_PAUSED}); the help desk's codes bypass these limits and keep their own.
 */
@ApplicationScoped
@Transactional
public class SignInService {

    private static final String CODE_PURPOSE = "sign-in-code";
    private static final String IDENTITY_PURPOSE = "sign-in-identity";
    private static final String CONTACT_PURPOSE = "sign-in-contact";
    private static final String DETAILS_PURPOSE = "sign-in-details";
    private static final String AGENT_PURPOSE = "help-desk-agent";
    /** The bucket that records a person's paused sign-in once per window. */
    private static final String PAUSE_NOTED = "PAUSE_NOTED";

    /** What the browser is asked next. */
    public enum Step {
        CODE,
        DOSE_DATE
    }

    /** A sign-in in progress: the token for the browser's cookie and the next step. */
    public record Pending(String token, Step step) {
    }

    /** The outcome of entering a code. */
    public sealed interface Attempt {
        record SignedIn(long personId, String sessionToken) implements Attempt {
        }

        record WrongCode() implements Attempt {
        }

        record Spent() implements Attempt {
        }

        /** The pending sign-in is unknown or too old: start again. */
        record Expired() implements Attempt {
        }
    }

    @Inject
    SignInConfig config;

    @Inject
    PersonMatcher matcher;

    @Inject
    RateLimits limits;

    @Inject
    CodeDelivery delivery;

    @Inject
    ResidentSessions sessions;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    ClientAddress clientAddress;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<ResidentSignedIn> signedIn;

    /** Handles the sign-in form. */
    public Pending request(PersonMatcher.Claim claim, Language language) {
        audit.record(AuditAction.SIGN_IN_REQUESTED, Actor.anonymous(), null);
        SignInChallenge challenge = newChallenge(language);
        String token = Tokens.newToken();
        challenge.tokenHash = Tokens.hash(token);
        challenge.detailsKey = detailsKey(claim);
        if (withinIpLimit()) {
            boolean detailsAllowed = withinDetailsLimit(challenge);
            PersonMatcher.Match match = matcher.match(claim);
            if (match instanceof PersonMatcher.Match.One one) {
                challenge.personId = one.personId();
                if (detailsAllowed && withinPersonLimit(List.of(one.personId()))) {
                    challenge.code = sendCode(one.personId(), claim.contact(), language).orElse(null);
                } else {
                    notePaused(one.personId());
                }
            } else if (detailsAllowed && match instanceof PersonMatcher.Match.Several several
                    && withinPersonLimit(several.personIds())) {
                awaitDoseDate(challenge, several.personIds(), claim);
            }
        }
        challenge.persist();
        return new Pending(token, challenge.awaitsDoseDate() ? Step.DOSE_DATE : Step.CODE);
    }

    /** The dose date that tells persons with the same name, birth date and contact apart. One try. */
    public Optional<Pending> narrow(String token, LocalDate doseDate) {
        Optional<SignInChallenge> found = live(token).filter(SignInChallenge::awaitsDoseDate);
        found.ifPresent(challenge -> {
            List<Long> candidates = Arrays.asList(challenge.candidateIds);
            if (matcher.narrowByDoseDate(candidates, doseDate) instanceof PersonMatcher.Match.One one) {
                challenge.personId = one.personId();
                challenge.code = sendCode(one.personId(), contactOf(challenge), language(challenge)).orElse(null);
            }
            challenge.candidateIds = null;
            challenge.contactKind = null;
            challenge.contactValue = null;
        });
        return found.map(challenge -> new Pending(token, Step.CODE));
    }

    /**
     * Sends a new code to the same contact (or a current one on file, should it have been removed since), within the
     * same rate limits; nothing visible when nothing matched. The request counts against the details typed whether
     * or not they matched, and pauses the sign-in when they are over their limit.
     */
    public boolean resend(String token) {
        Optional<SignInChallenge> found = live(token).filter(challenge -> !challenge.awaitsDoseDate());
        found.filter(challenge -> withinIpLimit()).ifPresent(challenge -> {
            if (!withinDetailsLimit(challenge)) {
                Optional.ofNullable(challenge.personId).ifPresent(this::notePaused);
            } else if (challenge.code != null && withinPersonLimit(List.of(challenge.code.personId))) {
                SignInCode previous = challenge.code;
                ContactAddress contact = new ContactAddress(previous.contactKind, previous.contactValue);
                sendCode(previous.personId, contact, language(challenge)).ifPresent(code -> {
                    challenge.code = code;
                    challenge.failedTries = 0;
                });
            } else if (challenge.code != null) {
                notePaused(challenge.code.personId);
            }
        });
        return found.isPresent();
    }

    /**
     * What the code page tells the browser: until when its details are paused, else how many more requests they
     * allow. Both depend only on what was typed, never on whether it matched anybody.
     */
    public Optional<Allowance> allowance(String token) {
        return live(token).filter(challenge -> !challenge.awaitsDoseDate()).map(challenge -> new Allowance(
                Optional.ofNullable(challenge.pausedUntil).filter(clock.instant()::isBefore),
                challenge.detailsKey == null ? config.limits().perDetails()
                        : limits.left(RateLimits.Bucket.DETAILS, challenge.detailsKey)));
    }

    /** Until when a browser's sign-in is paused, if it is, and how many more requests its details allow. */
    public record Allowance(Optional<Instant> pausedUntil, int requestsLeft) {
    }

    /**
     * Sends a fresh code to a contact on file, for the help desk (never to one typed in), and makes it the code the
     * person's waiting sign-ins accept: a resident whose details matched waits on the code page, whether or not the
     * self-service limits let a code go, and types the new code there; its wrong tries start again. The help desk is
     * a different, audited channel: its codes count against its own limits per agent and per person, not the
     * sign-in form's.
     */
    public DeskCode sendCodeTo(long personId, ContactAddress contact, String agent) {
        List<SignInChallenge> waiting = SignInChallenge.listWaitingForCodeOf(personId, clock.instant());
        if (waiting.isEmpty()) {
            return DeskCode.NO_SIGN_IN_WAITING;
        }
        if (!limits.hit(RateLimits.Bucket.HELP_DESK_AGENT, pseudonyms.of(AGENT_PURPOSE, agent))) {
            return DeskCode.AGENT_LIMIT;
        }
        if (!limits.hit(RateLimits.Bucket.HELP_DESK_PERSON, pseudonyms.of(IDENTITY_PURPOSE, Long.toString(personId)))) {
            return DeskCode.PERSON_LIMIT;
        }
        SignInCode code = storeCode(personId, contact, language(waiting.get(0)));
        for (SignInChallenge challenge : waiting) {
            challenge.code = code;
            challenge.failedTries = 0;
        }
        return DeskCode.SENT;
    }

    /** What became of a help-desk code. */
    public enum DeskCode {
        SENT,
        /** Nothing sent: no sign-in whose details matched the person is waiting for a code. */
        NO_SIGN_IN_WAITING,
        /** Nothing sent: the agent sent the most codes an hour allows. */
        AGENT_LIMIT,
        /** Nothing sent: the person was sent the most help-desk codes an hour allows. */
        PERSON_LIMIT
    }

    /** What the help desk sees of a person's sign-ins: one waits for a code, and until when they were paused. */
    public DeskView deskView(long personId) {
        Instant now = clock.instant();
        boolean waiting = !SignInChallenge.listWaitingForCodeOf(personId, now).isEmpty();
        Optional<Instant> paused = AuditEvent.<AuditEvent> find(
                "subjectPersonId = ?1 and action = ?2 order by occurredAt desc", personId, AuditAction.SIGN_IN_PAUSED)
                .firstResultOptional().map(event -> Instant.parse(event.reason)).filter(now::isBefore);
        return new DeskView(waiting, paused);
    }

    /** See {@link #deskView}. */
    public record DeskView(boolean waiting, Optional<Instant> pausedUntil) {
    }

    /** Checks a code; the right one ends the pending sign-in and starts a session. */
    public Attempt enter(String token, String code) {
        Optional<SignInChallenge> found = live(token);
        if (found.isEmpty()) {
            return new Attempt.Expired();
        }
        SignInChallenge challenge = found.get();
        SignInCode expected = challenge.code;
        if (challenge.failedTries >= config.maxTries() || expected != null && expected.spent) {
            return new Attempt.Spent();
        }
        if (expected != null && clock.instant().isBefore(expected.expiresAt)
                && matches(expected, code)) {
            expected.spent = true;
            challenge.delete();
            return signIn(expected.personId, language(challenge));
        }
        return wrongCode(challenge, expected);
    }

    /** Whether the token belongs to a sign-in in progress, and which step it is at. */
    public Optional<Step> step(String token) {
        return live(token).map(challenge -> challenge.awaitsDoseDate() ? Step.DOSE_DATE : Step.CODE);
    }

    private Attempt wrongCode(SignInChallenge challenge, SignInCode expected) {
        challenge.failedTries++;
        if (expected != null) {
            expected.failedTries++;
            expected.spent = expected.failedTries >= config.maxTries();
        }
        audit.record(AuditAction.SIGN_IN_CODE_WRONG, Actor.anonymous(), expected == null ? null : expected.personId);
        return challenge.failedTries >= config.maxTries() ? new Attempt.Spent() : new Attempt.WrongCode();
    }

    private Attempt signIn(long personId, Language language) {
        String session = sessions.start(personId, language);
        audit.record(AuditAction.SIGNED_IN, Actor.resident(personId), personId);
        signedIn.fire(new ResidentSignedIn(personId));
        return new Attempt.SignedIn(personId, session);
    }

    private SignInChallenge newChallenge(Language language) {
        SignInChallenge challenge = new SignInChallenge();
        challenge.language = language.code();
        challenge.createdAt = clock.instant();
        challenge.expiresAt = challenge.createdAt.plus(config.pendingValidity());
        return challenge;
    }

    /** Counts the request against the browser's IP address and says if it is allowed. */
    private boolean withinIpLimit() {
        return allowed(RateLimits.Bucket.IP, clientAddress.hash().orElse("none"), "PER_IP");
    }

    /**
     * Counts the request against the name, date of birth and contact typed, all three together, and pauses the
     * sign-in until the window ends when they are over the limit.
     */
    private boolean withinDetailsLimit(SignInChallenge challenge) {
        boolean allowed = challenge.detailsKey == null
                || allowed(RateLimits.Bucket.DETAILS, challenge.detailsKey, "PER_DETAILS");
        if (!allowed) {
            challenge.pausedUntil = limits.windowEnd();
        }
        return allowed;
    }

    /**
     * Tells the person matched, once per window, that their sign-in was paused: their access history and the help
     * desk's person page show it.
     */
    private void notePaused(long personId) {
        String key = pseudonyms.of(IDENTITY_PURPOSE, Long.toString(personId));
        if (limits.count(PAUSE_NOTED, key) == 1) {
            audit.record(AuditAction.SIGN_IN_PAUSED, Actor.anonymous(), personId, limits.windowEnd().toString());
        }
    }

    /**
     * Counts a request whose details matched against each person it matched, stopping at the first over the limit,
     * and says if all allow it.
     */
    private boolean withinPersonLimit(List<Long> personIds) {
        return personIds.stream().allMatch(personId -> allowed(RateLimits.Bucket.IDENTITY,
                pseudonyms.of(IDENTITY_PURPOSE, Long.toString(personId)), "PER_IDENTITY"));
    }

    private boolean allowed(RateLimits.Bucket bucket, String keyHash, String reason) {
        boolean allowed = limits.hit(bucket, keyHash);
        if (!allowed) {
            audit.record(AuditAction.SIGN_IN_RATE_LIMITED, Actor.anonymous(), null, reason);
        }
        return allowed;
    }

    private void awaitDoseDate(SignInChallenge challenge, List<Long> personIds, PersonMatcher.Claim claim) {
        challenge.candidateIds = personIds.toArray(Long[]::new);
        challenge.contactKind = claim.contact().kind();
        challenge.contactValue = claim.contact().value();
    }

    /**
     * Writes the person's one active code for the contact the code goes to (replacing an older one) and queues the
     * message; nothing when the record has no current contact or that contact's limit is reached.
     */
    private Optional<SignInCode> sendCode(long personId, ContactAddress typed, Language language) {
        return CodeDestination.of(personId, typed)
                .filter(contact -> allowed(RateLimits.Bucket.CONTACT, contactKey(contact), "PER_CONTACT"))
                .map(contact -> {
                    SignInCode stored = storeCode(personId, contact, language);
                    audit.record(AuditAction.SIGN_IN_CODE_SENT, Actor.anonymous(), personId, contact.kind().name());
                    return stored;
                });
    }

    private String detailsKey(PersonMatcher.Claim claim) {
        return pseudonyms.of(DETAILS_PURPOSE, NameKey.firstGiven(claim.givenName()) + "|"
                + NameKey.of(claim.familyName()) + "|" + claim.birthDate() + "|" + claim.contact().kind() + "|"
                + claim.contact().value());
    }

    private String contactKey(ContactAddress contact) {
        return pseudonyms.of(CONTACT_PURPOSE, contact.kind() + "|" + contact.value());
    }

    private SignInCode storeCode(long personId, ContactAddress contact, Language language) {
        String code = Tokens.newCode();
        SignInCode stored = SignInCode.findFor(personId, contact).orElseGet(SignInCode::new);
        stored.personId = personId;
        stored.contactKind = contact.kind();
        stored.contactValue = contact.value();
        stored.codeHash = hash(personId, code);
        stored.createdAt = clock.instant();
        stored.expiresAt = stored.createdAt.plus(config.codeValidity());
        stored.failedTries = 0;
        stored.spent = false;
        stored.persist();
        delivery.send(contact, code, stored.expiresAt, language);
        return stored;
    }

    private boolean matches(SignInCode expected, String code) {
        byte[] typed = hash(expected.personId, code).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(typed, expected.codeHash.getBytes(StandardCharsets.US_ASCII));
    }

    private String hash(long personId, String code) {
        return pseudonyms.of(CODE_PURPOSE, personId + ":" + code);
    }

    private Optional<SignInChallenge> live(String token) {
        Instant now = clock.instant();
        return SignInChallenge.findByTokenHash(Tokens.hash(token)).filter(challenge -> now.isBefore(challenge.expiresAt));
    }

    private static ContactAddress contactOf(SignInChallenge challenge) {
        return new ContactAddress(challenge.contactKind, challenge.contactValue);
    }

    private static Language language(SignInChallenge challenge) {
        return Language.byCode(challenge.language).orElse(Language.EN);
    }
}
