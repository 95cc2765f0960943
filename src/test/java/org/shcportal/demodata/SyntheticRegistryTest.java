package org.shcportal.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shcportal.demodata.Household.Dose;
import org.shcportal.demodata.Household.Member;

class SyntheticRegistryTest {

    private static final int PERSONS = 20_000;
    private static List<Household> households;
    private static List<Member> members;

    @BeforeAll
    static void generate() {
        households = households(42L, PERSONS);
        members = households.stream().flatMap(h -> h.members().stream()).toList();
    }

    @Test
    void theSameSeedGivesTheSameRegistry() {
        List<Household> again = households(42L, 2_000);
        assertThat(again).isEqualTo(households.subList(0, again.size()));
    }

    @Test
    void anotherSeedGivesAnotherRegistry() {
        assertThat(households(43L, 2_000)).isNotEqualTo(households(42L, 2_000));
    }

    @Test
    void namesHaveAccentsHyphensApostrophesAndPreviousNames() {
        assertThat(members).anySatisfy(m -> assertThat(m.name().family()).matches(".*[áéíóúñÁÉÍÓÚÑ].*"));
        assertThat(members).anySatisfy(m -> assertThat(m.name().family()).contains("-"));
        assertThat(members).anySatisfy(m -> assertThat(m.name().family()).contains("'"));
        assertThat(members).anySatisfy(m -> assertThat(m.name().given()).contains(" "));
        assertThat(members).anySatisfy(m -> assertThat(m.otherNames()).isNotEmpty());
        assertThat(members).anySatisfy(m -> assertThat(m.name().family()).isIn("Begay", "Yazzie", "Tsosie"));
    }

    @Test
    void historiesCoverCovidSeriesBoostersMpoxChildhoodFluAndLabs() {
        Set<String> codes = new HashSet<>();
        members.forEach(m -> m.doses().forEach(d -> codes.add(d.cvx())));
        assertThat(codes).contains("207", "208", "212", "229", "300", "309", "206", "03", "20", "10", "08", "21",
                "150", "218", "219");
        assertThat(members).anySatisfy(m -> assertThat(m.labTests()).isNotEmpty());
        assertThat(members).anySatisfy(m -> assertThat(m.doses()).anyMatch(d -> d.status().equals("ENTERED_IN_ERROR")));
    }

    @Test
    void everyDoseFallsBetweenBirthAndTheRegistryDate() {
        for (Member member : members) {
            for (Dose dose : member.doses()) {
                assertThat(dose.date()).isBetween(member.birthDate(), SyntheticRegistry.AS_OF);
            }
        }
    }

    @Test
    void someHistoriesHaveTwelveOrMoreCovidDoses() {
        assertThat(members).anySatisfy(m -> assertThat(covidDoses(m)).isGreaterThanOrEqualTo(12));
    }

    @Test
    void familiesShareAPhoneAndLinkEachChildToItsParents() {
        Household family = households.stream().filter(h -> !h.guardianships().isEmpty()).findFirst().orElseThrow();
        Set<String> shared = null;
        for (Member member : family.members()) {
            Set<String> phones = new HashSet<>();
            member.contacts().stream().filter(c -> c.kind().equals("PHONE")).forEach(c -> phones.add(c.value()));
            if (shared == null) {
                shared = phones;
            } else {
                shared.retainAll(phones);
            }
        }
        assertThat(shared).isNotEmpty();
        int children = family.members().size() - 2;
        assertThat(family.guardianships()).hasSize(children * 2);
        assertThat(family.guardianships()).allSatisfy(g -> assertThat(g.minor()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void containsTwinsWithTheSameNameAndBirthDate() {
        boolean found = false;
        for (Household household : households) {
            Map<String, Integer> seen = new HashMap<>();
            for (Member member : household.members()) {
                found |= seen.merge(member.name() + "|" + member.birthDate(), 1, Integer::sum) > 1;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void phonesAreE164AndEmailsLowerCaseAscii() {
        members.stream().flatMap(m -> m.contacts().stream()).forEach(c -> {
            if (c.kind().equals("PHONE")) {
                assertThat(c.value()).matches("\\+1(505|575)\\d{7}");
            } else {
                assertThat(c.value()).matches("[a-z]+\\.[a-z]+\\d+@example\\.(com|org|net)");
            }
        });
    }

    @Test
    void asciiDropsAccentsAndPunctuation() {
        assertThat(SyntheticRegistry.ascii("Núñez-O'Brien")).isEqualTo("nunezobrien");
    }

    private static long covidDoses(Member member) {
        Set<String> covid = Set.of("207", "208", "211", "212", "213", "217", "218", "219", "221", "228", "229",
                "230", "300", "301", "309", "312", "313");
        return member.doses().stream().filter(d -> covid.contains(d.cvx())).count();
    }

    private static List<Household> households(long seed, int persons) {
        SyntheticRegistry registry = new SyntheticRegistry(seed);
        List<Household> result = new ArrayList<>();
        int count = 0;
        while (count < persons) {
            Household household = registry.nextHousehold();
            result.add(household);
            count += household.members().size();
        }
        return result;
    }
}
