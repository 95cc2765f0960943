package org.shcportal.healthlinks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.cards.CardGroup;
import org.shcportal.cards.GroupCard;
import org.shcportal.healthlinks.LinkRequestException.Problem;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.issuance.IssuerConfig;
import org.shcportal.registry.Person;
import org.shcportal.web.RegistryConfig;

/**
 * A person's SMART Health Links (HL7 "SMART Health Cards and Links" IG 1.0.0, "Health Links Specification",
 * https://hl7.org/fhir/uv/smart-health-cards-and-links/links-specification.html): made, listed, deactivated, and
 * their accesses. Who may act for whom is the caller's question (guardians.PersonAccess).
 */
@ApplicationScoped
public class HealthLinks {

    /** Where manifests are answered, under the issuer URL. */
    static final String MANIFEST_PATH = "/links/m/";
    /** Where location URLs point, under the issuer URL. */
    static final String FILE_PATH = "/links/f/";
    /** The viewer page; the link follows its {@code #}, which browsers never send to a server. */
    static final String VIEWER_PATH = "/shl#";

    @Inject
    IssuerConfig issuer;

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
    IssuanceService issuance;

    @Inject
    AuditLog audit;

    @Inject
    RegistryConfig registry;

    @Inject
    Clock clock;

    /**
     * Makes a link to {@code person}'s cards on behalf of {@code createdBy} (the person or their guardian).
     *
     * @throws LinkRequestException when the request cannot be made as given; nothing is stored then
     */
    @Transactional
    public CreatedLink create(Person person, Person createdBy, LinkRequest request) {
        Objects.requireNonNull(request.content(), "content");
        Objects.requireNonNull(request.expiry(), "expiry");
        String label = LinkRules.label(request.label());
        Optional<String> passcode = LinkRules.passcode(request.passcode());
        Optional<CardGroup> card = chosenCard(person, request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        HealthLink link = new HealthLink();
        link.manifestId = Tickets.randomId();
        link.personId = person.id;
        link.createdBy = createdBy.id;
        link.content = request.content().name();
        link.cardGroup = card.map(CardGroup::name).orElse(null);
        link.label = label;
        link.stayCurrent = request.stayCurrent();
        link.onFamilyPack = request.onFamilyPack();
        link.passcodeHash = passcode.map(Passcodes::hash).orElse(null);
        link.remainingAttempts = passcode.isPresent() ? config.passcodeAttempts() : 0;
        link.createdAt = now;
        link.expiresAt = request.expiry().lifetime().map(now::plus).orElse(null);
        byte[] key = LinkKeys.newKey();
        link.sealedKey = keys.seal(link.manifestId, key);
        link.persist();
        if (!link.stayCurrent) {
            storedFiles.save(link.id, files.of(link, person).stream()
                    .map(file -> new EncryptedFile(file.contentType(),
                            LinkEncryption.encrypt(key, file.contentType(), file.content())))
                    .toList());
        }
        audit.record(AuditAction.HEALTH_LINK_CREATED, Actor.resident(createdBy.id), person.id, link.content);
        return new CreatedLink(link, LinkPayload.shlink(manifestUrl(link), key, link));
    }

    private Optional<CardGroup> chosenCard(Person person, LinkRequest request) {
        List<GroupCard> cards = issuance.of(person);
        if (cards.isEmpty()) {
            throw new LinkRequestException(Problem.NOTHING_TO_SHARE);
        }
        if (request.content() != LinkContent.ONE_CARD) {
            return Optional.empty();
        }
        return Optional.of(request.card().filter(group -> cards.stream().anyMatch(card -> card.group() == group))
                .orElseThrow(() -> new LinkRequestException(Problem.CARD_MISSING)));
    }

    /** The person's links, newest first. */
    @Transactional
    public List<HealthLink> of(Person person) {
        return HealthLink.listOf(person.id);
    }

    /** One of the person's links; empty when the id is not one of theirs. */
    @Transactional
    public Optional<HealthLink> find(Person person, long linkId) {
        return HealthLink.<HealthLink> findByIdOptional(linkId).filter(link -> link.personId.equals(person.id));
    }

    /** One of the person's links that still works now; empty when it is not theirs or is stopped, expired or locked. */
    @Transactional
    public Optional<HealthLink> findWorking(Person person, long linkId) {
        return find(person, linkId).filter(link -> link.state(clock.instant()) == LinkState.ACTIVE);
    }

    /**
     * The working links of {@code person} chosen to be printed on the family pack, oldest first, described in the
     * language of {@code locale}. A stopped, expired or locked link is left out.
     */
    @Transactional
    public List<PackedLink> onFamilyPack(Person person, Locale locale) {
        Instant now = clock.instant();
        LinkWording wording = new LinkWording(locale, registry.timeZone());
        return HealthLink.<HealthLink> listOnFamilyPack(person.id).stream()
                .filter(link -> link.state(now) == LinkState.ACTIVE)
                .map(link -> new PackedLink(wording.messages().pack_title(link.label), wording.packCaption(link),
                        new LinkQrCode(viewerUrl(link)).dataUri(LinkQrCode.PRINT_PIXELS_PER_MODULE)))
                .toList();
    }

    /**
     * Prints the link on the family pack, or no longer. Choosing what is already chosen changes nothing.
     *
     * @throws NotFoundException when the id is not one of the person's links
     */
    @Transactional
    public void printOnFamilyPack(Person person, long linkId, boolean onFamilyPack, Person by) {
        HealthLink link = find(person, linkId).orElseThrow(NotFoundException::new);
        if (link.onFamilyPack == onFamilyPack) {
            return;
        }
        link.onFamilyPack = onFamilyPack;
        audit.record(AuditAction.HEALTH_LINK_FAMILY_PACK_CHANGED, Actor.resident(by.id), person.id,
                onFamilyPack ? "ON" : "OFF");
    }

    /** The link's {@code shlink:/…} URI again, with its key. */
    public String shlink(HealthLink link) {
        return LinkPayload.shlink(manifestUrl(link), keys.open(link), link);
    }

    /** The link behind the portal's viewer: {@code <issuer>/shl#shlink:/…}. */
    public String viewerUrl(HealthLink link) {
        return issuer.url() + VIEWER_PATH + shlink(link);
    }

    /**
     * Ends the link at once: it answers 404 from now on, its outstanding location URLs included, and its stored files
     * are deleted. Deactivating a deactivated link changes nothing.
     *
     * @throws NotFoundException when the id is not one of the person's links
     */
    @Transactional
    public void deactivate(Person person, long linkId, Person by) {
        HealthLink link = find(person, linkId).orElseThrow(NotFoundException::new);
        if (link.deactivatedAt != null) {
            return;
        }
        link.deactivatedAt = clock.instant();
        storedFiles.delete(link.id);
        tickets.deleteOf(link.id);
        audit.record(AuditAction.HEALTH_LINK_DEACTIVATED, Actor.resident(by.id), person.id);
    }

    /** Every request of the link, newest first. */
    @Transactional
    public List<HealthLinkAccess> accesses(HealthLink link) {
        return HealthLinkAccess.listOf(link.id);
    }

    String manifestUrl(HealthLink link) {
        return issuer.url() + MANIFEST_PATH + link.manifestId;
    }

    String fileUrl(String ticket) {
        return issuer.url() + FILE_PATH + ticket;
    }
}
