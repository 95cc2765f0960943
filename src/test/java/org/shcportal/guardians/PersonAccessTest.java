package org.shcportal.guardians;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import org.junit.jupiter.api.Test;
import org.shcportal.registry.GuardianLink;
import org.shcportal.registry.Person;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@TestTransaction
class PersonAccessTest {

    @Inject
    PersonAccess access;

    @Test
    void aGuardianSeesHerMinorChildrenOldestFirstButNotHerAdultSon() {
        Person marisol = person("NM-000004");

        assertThat(access.childrenOf(marisol)).extracting(child -> child.registryId).containsExactly("NM-000005",
                "NM-000006");
    }

    @Test
    void everyoneMaySeeTheirOwnRecords() {
        Person john = person("NM-000001");

        assertThat(access.viewable(john, john.id)).isSameAs(john);
    }

    @Test
    void anAdultChildAnotherFamilysChildAndAnotherAdultAreNotFound() {
        Person marisol = person("NM-000004");
        Person john = person("NM-000001");

        assertThatThrownBy(() -> access.viewable(marisol, person("NM-000007").id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.viewable(john, person("NM-000005").id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.viewable(john, person("NM-000002").id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.viewable(john, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aChildDropsOffOnTheDayTheyReachTheAgeOfMajority() {
        Person guardian = person("NM-000002");
        LocalDate today = LocalDate.now(ZoneId.of("America/Denver"));
        Person eighteenToday = minorOf(guardian, today.minusYears(18));
        Person eighteenTomorrow = minorOf(guardian, today.minusYears(18).plusDays(1));

        assertThat(access.childrenOf(guardian)).contains(eighteenTomorrow).doesNotContain(eighteenToday);
        assertThat(access.viewable(guardian, eighteenTomorrow.id)).isSameAs(eighteenTomorrow);
    }

    private static Person minorOf(Person guardian, LocalDate born) {
        Person minor = new Person();
        minor.registryId = "NM-M" + System.nanoTime();
        minor.familyName = "Anyperson";
        minor.givenName = "Minor";
        minor.birthDate = born;
        minor.sex = Person.Sex.U;
        minor.persist();
        GuardianLink link = new GuardianLink();
        link.guardian = guardian;
        link.minor = minor;
        link.relationship = GuardianLink.Relationship.MOTHER;
        link.source = GuardianLink.Source.REGISTRY_FEED;
        link.persist();
        return minor;
    }

    private static Person person(String registryId) {
        return Person.findByRegistryId(registryId).orElseThrow();
    }
}
