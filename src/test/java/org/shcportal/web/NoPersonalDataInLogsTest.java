package org.shcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.CommandRun;
import org.shcportal.demodata.Household;
import org.shcportal.demodata.SyntheticRegistry;
import org.shcportal.fixtures.LogCapture;

import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

@QuarkusTest
class NoPersonalDataInLogsTest {

    private static final long SEED = 5L;

    @Inject
    CommandLine.IFactory commands;

    @Test
    void generatingPagesAndFailuresLogNoNamesPhonesOrEmails() {
        LogCapture capture = LogCapture.start();
        try {
            CommandRun.of(commands, "generate", "--persons", "200", "--seed", String.valueOf(SEED));
            given().cookie("lang", "es").when().get("/").then().statusCode(200);
            given().when().get("/no/such/page").then().statusCode(404);
            given().when().get(FailingResource.PATH).then().statusCode(500);
        } finally {
            capture.close();
        }
        assertThat(capture.lines()).isNotEmpty();
        Set<String> personalData = personalDataOfTheFirstHouseholds();
        assertThat(capture.lines()).noneSatisfy(line -> assertThat(personalData).anyMatch(line::contains));
    }

    private static Set<String> personalDataOfTheFirstHouseholds() {
        Set<String> values = new HashSet<>(List.of("Anyperson", "Quintana-Begay", "Martínez-Chávez", "+15055550101"));
        SyntheticRegistry registry = new SyntheticRegistry(SEED);
        for (int i = 0; i < 20; i++) {
            for (Household.Member member : registry.nextHousehold().members()) {
                values.add(member.name().family());
                member.contacts().forEach(contact -> values.add(contact.value()));
            }
        }
        return values;
    }
}
