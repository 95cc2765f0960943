package org.shcportal.healthlinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.cards.CardGroup;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.healthlinks.LinkRequestException.Problem;
import org.shcportal.registry.Person;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Making, listing and deactivating links, and the {@code shlink:/} URI they give (SHL payload rules). */
@QuarkusTest
class HealthLinksTest {

    private static final String BASE64URL_43 = "[A-Za-z0-9_-]{43}";

    @Test
    void thePayloadIsMinifiedBase64urlWithSortedFlagsA43CharacterKeyAndAn256BitUrl() throws Exception {
        String resident = TestPeople.adultWithCards();
        CreatedLink plain = TestLinks.create(resident, TestLinks.request(LinkContent.ALL_CARDS, Optional.empty(), false));
        CreatedLink current = TestLinks.create(resident, TestLinks.request(LinkContent.ALL_CARDS, Optional.empty(), true));
        CreatedLink guarded = TestLinks.create(resident,
                TestLinks.request(LinkContent.ALL_CARDS, Optional.of("river-stone-42"), false));
        CreatedLink both = TestLinks.create(resident,
                TestLinks.request(LinkContent.ALL_CARDS, Optional.of("river-stone-42"), true));

        for (CreatedLink link : new CreatedLink[] { plain, current, guarded, both }) {
            String body = link.shlink().substring("shlink:/".length());
            assertThat(link.shlink()).startsWith("shlink:/");
            assertThat(body).matches("[A-Za-z0-9_-]+");
            String text = TestLinks.payloadText(link.shlink());
            JsonNode payload = TestLinks.JSON.readTree(text);
            assertThat(text).isEqualTo(TestLinks.JSON.writeValueAsString(payload));
            assertThat(payload.get("key").asText()).matches(BASE64URL_43);
            assertThat(payload.get("url").asText()).matches("https://.+/links/m/" + BASE64URL_43)
                    .hasSizeLessThanOrEqualTo(128);
            assertThat(payload.get("label").asText()).isEqualTo("For the school nurse");
            assertThat(payload.get("v").asInt()).isEqualTo(1);
            assertThat(payload.get("exp").isIntegralNumber()).isTrue();
            assertThat(payload.get("exp").asLong())
                    .isEqualTo(link.link().createdAt.plus(30, ChronoUnit.DAYS).getEpochSecond());
        }
        assertThat(TestLinks.payload(plain.shlink()).has("flag")).isFalse();
        assertThat(TestLinks.payload(current.shlink()).get("flag").asText()).isEqualTo("L");
        assertThat(TestLinks.payload(guarded.shlink()).get("flag").asText()).isEqualTo("P");
        assertThat(TestLinks.payload(both.shlink()).get("flag").asText()).isEqualTo("LP");
        assertThat(TestLinks.key(plain.shlink())).isNotEqualTo(TestLinks.key(current.shlink()));
    }

    @Test
    void aLinkThatNeverExpiresHasNoExpAndItsUriCanBeShownAgain() {
        String resident = TestPeople.adultWithCards();
        CreatedLink created = TestLinks.create(resident, new LinkRequest(LinkContent.ALL_CARDS, Optional.empty(),
                Optional.empty(), LinkExpiry.NONE, "  Año escolar 2026 — enfermería  ", false, false));

        assertThat(TestLinks.payload(created.shlink()).has("exp")).isFalse();
        assertThat(TestLinks.payloadText(created.shlink())).contains("\"label\":\"Año escolar 2026 — enfermería\"");
        assertThat(TestLinks.links().shlink(created.link())).isEqualTo(created.shlink());
        assertThat(TestLinks.links().viewerUrl(created.link())).endsWith("/shl#" + created.shlink());
    }

    @Test
    void theKeyIsStoredSealedNeverAsTheLinkCarriesIt() {
        CreatedLink created = TestLinks.create(TestPeople.adultWithCards(),
                TestLinks.request(LinkContent.ALL_CARDS, Optional.of("river-stone-42"), true));
        String key = TestLinks.payload(created.shlink()).get("key").asText();

        String stored = TestLinks.sql(entityManager -> (String) entityManager
                .createNativeQuery("SELECT sealed_key || passcode_hash FROM health_link WHERE id = ?1")
                .setParameter(1, created.link().id).getSingleResult());

        assertThat(stored).startsWith("v1:").doesNotContain(key).doesNotContain("river-stone-42").contains("$2a$12$");
    }

    @Test
    void badRequestsAreRefusedWithTheirReasonAndStoreNothing() {
        String resident = TestPeople.adultWithCards();
        long before = TestLinks.linkCount();

        assertRefused(resident, label("x".repeat(81)), Problem.LABEL_TOO_LONG);
        assertRefused(resident, label("   "), Problem.LABEL_MISSING);
        assertRefused(resident, label("two\nlines"), Problem.LABEL_INVALID);
        assertRefused(resident, TestLinks.request(LinkContent.ALL_CARDS, Optional.of("12345"), false),
                Problem.PASSCODE_TOO_SHORT);
        assertRefused(resident, TestLinks.request(LinkContent.ALL_CARDS, Optional.of("p".repeat(65)), false),
                Problem.PASSCODE_TOO_LONG);
        assertRefused(resident, new LinkRequest(LinkContent.ONE_CARD, Optional.empty(), Optional.empty(),
                LinkExpiry.WEEK, "One card", false, false), Problem.CARD_MISSING);
        assertRefused(resident, TestLinks.oneCard(CardGroup.OTHER_TESTS), Problem.CARD_MISSING);

        assertThat(TestLinks.linkCount()).isEqualTo(before);
        assertThat(TestLinks.create(resident, label("x".repeat(80))).link().label).hasSize(80);
    }

    @Test
    void linksAreListedNewestFirstOnlyToTheirPersonAndDeactivationIsAuditedOnce() {
        String resident = TestPeople.adultWithCards();
        CreatedLink first = TestLinks.create(resident, label("First"));
        CreatedLink second = TestLinks.create(resident, label("Second"));
        Person person = QuarkusTransaction.requiringNew().call(() -> Person.findByRegistryId(resident).orElseThrow());
        Person stranger = QuarkusTransaction.requiringNew()
                .call(() -> Person.findByRegistryId(TestPeople.adultWithCards()).orElseThrow());

        assertThat(TestLinks.links().of(person)).extracting(link -> link.label).containsExactly("Second", "First");
        assertThat(TestLinks.links().find(stranger, first.link().id)).isEmpty();

        TestLinks.links().deactivate(person, first.link().id, person);
        TestLinks.links().deactivate(person, first.link().id, person);

        HealthLink found = TestLinks.links().find(person, first.link().id).orElseThrow();
        assertThat(found.state(java.time.Instant.now())).isEqualTo(LinkState.DEACTIVATED);
        assertThat(TestLinks.links().find(person, second.link().id).orElseThrow().state(java.time.Instant.now()))
                .isEqualTo(LinkState.ACTIVE);
        assertThat(TestLinks.auditCount(AuditAction.HEALTH_LINK_DEACTIVATED, person.id)).isEqualTo(1);
        assertThat(TestLinks.auditCount(AuditAction.HEALTH_LINK_CREATED, person.id)).isEqualTo(2);
    }

    private static LinkRequest label(String label) {
        return new LinkRequest(LinkContent.ALL_CARDS, Optional.empty(), Optional.empty(), LinkExpiry.WEEK, label,
                false, false);
    }

    private static void assertRefused(String resident, LinkRequest request, Problem problem) {
        assertThatThrownBy(() -> TestLinks.create(resident, request)).isInstanceOfSatisfying(
                LinkRequestException.class, refused -> assertThat(refused.problem()).isEqualTo(problem));
    }
}
