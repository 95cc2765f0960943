package org.shcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.shcportal.registrydata.GenerateCommand;
import org.shcportal.registrydata.GenerateOptions;
import org.shcportal.registrydata.Household;
import org.shcportal.registrydata.SyntheticRegistry;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NoPersonalDataInLogsTest {

    private static final long SEED = 5L;

    @Inject
    GenerateCommand generate;

    @Test
    void generatingPagesAndFailuresLogNoNamesPhonesOrEmails() {
        LogCapture capture = new LogCapture();
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            generate.run(new GenerateOptions(200, SEED));
            given().cookie("lang", "es").when().get("/").then().statusCode(200);
            given().when().get("/no/such/page").then().statusCode(404);
            given().when().get(FailingResource.PATH).then().statusCode(500);
        } finally {
            root.removeHandler(capture);
        }
        assertThat(capture.lines).isNotEmpty();
        Set<String> personalData = personalDataOfTheFirstHouseholds();
        assertThat(capture.lines).noneSatisfy(line -> assertThat(personalData).anyMatch(line::contains));
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

    /** Every log line written while it is attached, with the text of any exception. */
    private static final class LogCapture extends Handler {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void publish(LogRecord record) {
            String thrown = record.getThrown() == null ? "" : " " + record.getThrown();
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            lines.add(record.getLoggerName() + " " + message + thrown);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
