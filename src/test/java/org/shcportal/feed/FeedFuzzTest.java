package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.registry.Person;

import ca.uhn.hl7v2.model.v251.message.ACK;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Seeded mutations of the feed's test messages through {@link FeedIngestion#receive}: no exception escapes, every
 * answer is an ACK that HAPI reads back with MSA-1 AA, AE or AR and MSA-2 the message's MSH-10, none is an internal
 * error (ERR 207, kept for a message over the length limit), and a rejected message
 * (AE, AR) leaves the registry's tables as they were: no committed write to them (a write counter) and, every
 * {@link #CHECKSUM_EVERY} messages, the same row counts and MD5 of their rows. The same seed gives the same mutations;
 * {@code ./mvnw -B -q test -Dtest=FeedFuzzTest -Dfuzz.count=100000} runs 100,000 of them (the build runs
 * {@link #SMOKE}).
 */
@QuarkusTest
class FeedFuzzTest {

    /** Measured: 2,000 mutations run in well under a minute on a 2-core machine. */
    static final int SMOKE = 2_000;
    static final long SEED = 20_260_101L;
    /** The mutations that carry a 10 MB message: one in this many (building it each time would dominate the run). */
    static final int HUGE_EVERY = 500;
    static final int HUGE_LENGTH = 10 * 1024 * 1024;
    /** portal.feed.max-message-length's default: only a longer message may be answered with ERR 207. */
    static final int MAX_MESSAGE_LENGTH = 1_048_576;
    /** The run stops after this many failures: each is printed. */
    static final int MAX_FAILURES = 20;
    /** Every this many messages the tables' MD5 checksum is compared as well as the write counter. */
    static final int CHECKSUM_EVERY = 50;
    static final int PROGRESS_EVERY = 5_000;
    /** Persons, doses and lab orders are drawn from small pools so that later messages update earlier ones. */
    static final int POOL = 20;

    static final List<String> FIXTURES = List.of("new-person.hl7", "adult.hl7", "minor-with-mother.hl7",
            "dose-change.hl7", "refused-and-not-administered.hl7", "unknown-vaccine-code.hl7", "new-name-and-phone.hl7",
            "lab-covid-detected.hl7", "lab-covid-corrected.hl7", "lab-retracted.hl7", "lab-unknown-loinc.hl7",
            "lab-id-only.hl7", "id-only.hl7", "merge.hl7");

    /** Every table that holds a person's record (db-migrations V001). */
    static final List<String> REGISTRY_TABLES = List.of("person", "person_name", "contact", "address",
            "guardian_link", "immunization", "lab_result");

    @Inject
    FeedIngestion ingestion;

    @Test
    void noMutationThrowsEveryAnswerIsAWellFormedAckAndARejectedMessageChangesNothing() {
        int count = Integer.getInteger("fuzz.count", SMOKE);
        Random random = new Random(SEED);
        String run = UUID.randomUUID().toString().substring(0, 6);
        Map<Acknowledgement.Outcome, Integer> outcomes = new EnumMap<>(Acknowledgement.Outcome.class);
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        countWrites(true);
        try {
            for (int i = 0; i < count && failures.size() < MAX_FAILURES; i++) {
                Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
                String message = mutation.apply(base(random, run, i), random);
                if (i % HUGE_EVERY == HUGE_EVERY - 1) {
                    mutation = Mutation.HUGE;
                    message = message + "\rNTE|1||" + "X".repeat(HUGE_LENGTH);
                }
                boolean sampled = i % CHECKSUM_EVERY == 0;
                String before = sampled ? checksum() : "";
                long writes = writes();
                Checked checked = check(message, i, mutation);
                if (checked.outcome() != null) {
                    outcomes.merge(checked.outcome(), 1, Integer::sum);
                }
                boolean rejected = checked.outcome() != Acknowledgement.Outcome.AA;
                if (checked.failure() != null) {
                    failures.add(checked.failure());
                } else if (rejected && (writes() != writes || sampled && !checksum().equals(before))) {
                    failures.add("#" + i + " " + mutation + ": rejected but the registry changed");
                }
                if (i % PROGRESS_EVERY == PROGRESS_EVERY - 1) {
                    System.out.printf("Feed fuzzing: %d of %d, outcomes %s, %d s%n", i + 1, count, outcomes,
                            Duration.ofNanos(System.nanoTime() - started).toSeconds());
                }
            }
        } finally {
            countWrites(false);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Feed fuzzing: %d messages, seed %d, outcomes %s, %d s, failures %s%n", count, SEED, outcomes,
                took.toSeconds(), failures);
        assertThat(failures).isEmpty();
    }

    /** The outcome of one message (null when none came) and what went wrong (null when nothing did). */
    private record Checked(Acknowledgement.Outcome outcome, String failure) {
    }

    private Checked check(String message, int index, Mutation mutation) {
        Receipt receipt;
        try {
            receipt = ingestion.receive(message);
        } catch (Throwable e) {
            return new Checked(null, "#" + index + " " + mutation + ": " + e.getClass().getName() + " escaped");
        }
        return new Checked(receipt.outcome(), problem(receipt, message, index, mutation));
    }

    /** What is wrong with the answer to a message, or null. */
    private static String problem(Receipt receipt, String message, int index, Mutation mutation) {
        try {
            ACK ack = FeedMessages.parse(receipt.ack());
            String code = ack.getMSA().getAcknowledgmentCode().getValue();
            String answered = String.valueOf(ack.getMSA().getMessageControlID().getValue());
            if (!List.of("AA", "AE", "AR").contains(code) || !code.equals(receipt.outcome().name())
                    || !"ACK".equals(ack.getMSH().getMessageType().getMessageCode().getValue())) {
                return "#" + index + " " + mutation + ": MSH-9 or MSA-1 wrong in " + receipt.ack();
            }
            if (message.length() <= MAX_MESSAGE_LENGTH
                    && receipt.problems().stream().anyMatch(problem -> problem.contains(" 207 "))) {
                return "#" + index + " " + mutation + ": answered as an internal error (207): " + receipt.problems();
            }
            String expected = controlId(message);
            if (!(expected == null ? receipt.controlId() : expected).equals(answered.equals("null") ? "" : answered)) {
                return "#" + index + " " + mutation + ": MSA-2 " + answered + " is not MSH-10 " + expected;
            }
            return null;
        } catch (Exception e) {
            return "#" + index + " " + mutation + ": the ACK does not parse (" + e.getMessage() + "): " + receipt.ack();
        }
    }

    /** MSH-10 read without the portal's code when the header's delimiters are intact; null otherwise. */
    private static String controlId(String message) {
        String text = message.strip();
        if (!text.startsWith("MSH|^~\\&|")) {
            return null;
        }
        String first = text.replace("\r\n", "\r").replace('\n', '\r').split("\r", 2)[0];
        String[] fields = first.split("\\|", -1);
        return fields.length < 10 ? "" : fields[9].split("\\^", -1)[0].strip();
    }

    /** A fixture with its placeholders drawn from the pools, and a new control id. */
    private static String base(Random random, String run, int index) {
        String name = FIXTURES.get(random.nextInt(FIXTURES.size()));
        return FeedMessages.load(name, Map.of("CONTROL", "FZ" + run + "-" + index, "PERSON", pooled(random, run, "P"),
                "GUARDIAN", pooled(random, run, "P"), "SURVIVOR", pooled(random, run, "P"), "RETIRED",
                pooled(random, run, "P"), "DOSE", pooled(random, run, "D"), "ORDER", pooled(random, run, "O"), "ACTION",
                List.of("A", "U", "D", "").get(random.nextInt(4)), "CVX", String.valueOf(random.nextInt(400))));
    }

    private static String pooled(Random random, String run, String kind) {
        return "FZ" + run + kind + random.nextInt(POOL);
    }

    /** Row count and an MD5 of every row, per registry table, in one statement. */
    private static String checksum() {
        StringBuilder sql = new StringBuilder("SELECT concat_ws('|'");
        for (String table : REGISTRY_TABLES) {
            sql.append(", (SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY id)), '') FROM ")
                    .append(table).append(" t)");
        }
        return QuarkusTransaction.requiringNew().call(() -> (String) Person.getEntityManager()
                .createNativeQuery(sql.append(')').toString()).getSingleResult());
    }

    /**
     * Counts every committed INSERT, UPDATE and DELETE statement on the registry tables (a statement trigger per
     * table, for this test only; a rolled-back message's statements roll back with their count), or removes the count.
     */
    private static void countWrites(boolean on) {
        List<String> sql = new ArrayList<>();
        for (String table : REGISTRY_TABLES) {
            sql.add("DROP TRIGGER IF EXISTS fuzz_write_count ON " + table);
        }
        sql.add("DROP FUNCTION IF EXISTS fuzz_count_write()");
        sql.add("DROP TABLE IF EXISTS fuzz_write_count");
        if (on) {
            sql.add("CREATE TABLE fuzz_write_count (n bigint NOT NULL)");
            sql.add("INSERT INTO fuzz_write_count VALUES (0)");
            sql.add("CREATE FUNCTION fuzz_count_write() RETURNS trigger LANGUAGE plpgsql AS"
                    + " 'BEGIN UPDATE fuzz_write_count SET n = n + 1; RETURN NULL; END'");
            for (String table : REGISTRY_TABLES) {
                sql.add("CREATE TRIGGER fuzz_write_count AFTER INSERT OR UPDATE OR DELETE ON " + table
                        + " FOR EACH STATEMENT EXECUTE FUNCTION fuzz_count_write()");
            }
        }
        QuarkusTransaction.requiringNew().run(() -> sql.forEach(
                statement -> Person.getEntityManager().createNativeQuery(statement).executeUpdate()));
    }

    private static long writes() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Person.getEntityManager()
                .createNativeQuery("SELECT n FROM fuzz_write_count").getSingleResult()).longValue());
    }

    /** How a message is broken. */
    enum Mutation {
        NONE((text, random) -> text),
        BYTE_FLIP((text, random) -> {
            char[] chars = text.toCharArray();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                chars[random.nextInt(chars.length)] = (char) random.nextInt(256);
            }
            return new String(chars);
        }),
        SEGMENT_DELETED((text, random) -> segments(text, random, (segments, i) -> segments.remove((int) i))),
        SEGMENT_DUPLICATED((text, random) -> segments(text, random, (segments, i) -> {
            segments.add(i, segments.get(i));
            return null;
        })),
        SEGMENT_TRUNCATED((text, random) -> segments(text, random, (segments, i) -> segments.set(i,
                segments.get(i).substring(0, random.nextInt(segments.get(i).length() + 1))))),
        FIELD_DELETED((text, random) -> fields(text, random, false)),
        FIELD_DUPLICATED((text, random) -> fields(text, random, true)),
        MESSAGE_TRUNCATED((text, random) -> text.substring(0, random.nextInt(text.length()))),
        DELIMITERS_SWAPPED((text, random) -> {
            String rest = text.substring(8).replace('|', '\u0001').replace('^', '|').replace('\u0001', '^');
            return text.substring(0, 8) + rest;
        }),
        WRONG_ENCODING_CHARACTERS((text, random) -> text.substring(0, 3)
                + List.of("#^~\\&", "|~^\\&", "|^^^^", "|", "|^~\\&#%", "\t^~\\&").get(random.nextInt(6))
                + text.substring(8)),
        NOT_HL7((text, random) -> {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }),
        UNKNOWN_CODE((text, random) -> text.replace("03^MMR^CVX", random.nextInt(10_000) + "^Unknown^CVX")
                .replace("94500-6^", random.nextInt(100_000) + "-" + random.nextInt(10) + "^")),
        FUTURE_DATES((text, random) -> text.replace("|2025", "|" + LocalDate.now().plusDays(1 + random.nextInt(400))
                .format(DateTimeFormatter.BASIC_ISO_DATE).substring(0, 4))),
        UNKNOWN_PERSON_WITHOUT_DEMOGRAPHICS((text, random) -> text.replaceAll("(?m)^PID\\|[^\\r\\n]*",
                "PID|1||FZ-" + UUID.randomUUID().toString().substring(0, 8) + "^^^NMSIIS^SR")),
        HUGE((text, random) -> text);

        private final BiFunction<String, Random, String> change;

        Mutation(BiFunction<String, Random, String> change) {
            this.change = change;
        }

        String apply(String text, Random random) {
            return text.isEmpty() ? text : change.apply(text, random);
        }

        private static String segments(String text, Random random, BiFunction<List<String>, Integer, Object> edit) {
            List<String> segments = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            edit.apply(segments, random.nextInt(segments.size()));
            return String.join("\r", segments);
        }

        private static String fields(String text, Random random, boolean duplicate) {
            String[] segments = text.split("\n", -1);
            int s = random.nextInt(segments.length);
            List<String> fields = new ArrayList<>(Arrays.asList(segments[s].split("\\|", -1)));
            int f = random.nextInt(fields.size());
            if (duplicate) {
                fields.add(f, fields.get(f));
            } else {
                fields.remove(f);
            }
            segments[s] = String.join("|", fields);
            return String.join("\r", segments);
        }
    }
}
