package org.shcportal.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shcportal.replicas.Replica;

/**
 * Residents visiting the portal all at once, each visit a whole launch-day visit (docs/capacity.md): sign in with the
 * code read from the outbox, the records page, the cards page (which issues the cards), the card file and its PDF.
 * Each request goes to the next replica in turn, as a load balancer without sticky sessions sends it, among the
 * replicas it still sends to. A visit that gets "temporarily unavailable" (503) or no answer to a page waits a little
 * and asks again, as a resident reloads; a form whose answer was lost is not sent twice, and anything else the visit
 * did not expect ends it. Every answer is kept as an {@link Outcome} for the test to count.
 */
final class ResidentVisits implements AutoCloseable {

    /** A resident's reload after a 503 or a lost answer: sooner than the page's Retry-After, as people do. */
    private static final Duration RELOAD = Duration.ofMillis(500);
    /** How long a visit keeps reloading before it gives up: longer than any fault the tests cause. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern PDF = Pattern.compile("href=\"(/people/\\d+/cards/[a-z0-9-]+\\.pdf)\"");
    private static final Pattern FILE = Pattern.compile(
            "href=\"(/people/\\d+/cards/(?!all\\.)[a-z0-9-]+\\.smart-health-card)\"");

    /** One answer (or none: {@code status} 0) of one replica to one request. */
    record Outcome(String replica, String step, int status, boolean expected, boolean retryAfter, long sentNanos,
            long answeredNanos) {
        boolean answered() {
            return status != 0;
        }
    }

    private final List<Replica> balanced;
    private final ConcurrentLinkedQueue<Map<String, Object>> people = new ConcurrentLinkedQueue<>();
    private final SignInCodes codes;
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger givenUp = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> residents = new ArrayList<>();

    private ResidentVisits(List<Replica> replicas, List<Map<String, Object>> people, SignInCodes codes) {
        this.balanced = new CopyOnWriteArrayList<>(replicas);
        this.people.addAll(people);
        this.codes = codes;
    }

    /**
     * Starts {@code count} residents visiting one after another, each visit as the next person of {@code people}
     * (maps as {@link RegistryPeople} reads them); a person who visited goes to the back of the line
     * and may come again.
     */
    static ResidentVisits start(int count, List<Replica> replicas, List<Map<String, Object>> people,
            SignInCodes codes) {
        ResidentVisits visits = new ResidentVisits(replicas, people, codes);
        for (int i = 0; i < count; i++) {
            Thread resident = new Thread(visits::visitUntilStopped, "resident-" + i);
            resident.setDaemon(true);
            visits.residents.add(resident);
            resident.start();
        }
        return visits;
    }

    /** The load balancer stops sending to {@code replica}, as it does when the replica's pod is gone. */
    void withdraw(Replica replica) {
        balanced.remove(replica);
    }

    /** Visits that reached the card PDF. */
    int completed() {
        return completed.get();
    }

    /** Visits ended by an answer they did not expect, or by waiting out their patience. */
    int givenUp() {
        return givenUp.get();
    }

    /** Every answer so far that {@code filter} keeps. */
    List<Outcome> outcomes(Predicate<Outcome> filter) {
        return outcomes.stream().filter(filter).toList();
    }

    /** Waits until {@code more} further visits have been completed; false when they took longer than {@code timeout}. */
    boolean awaitCompleted(int more, Duration timeout) {
        int target = completed.get() + more;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (completed.get() < target && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(100));
        }
        return completed.get() >= target;
    }

    /** Stops the residents: each finishes the request it is in, then ends. */
    @Override
    public void close() {
        running.set(false);
        for (Thread resident : residents) {
            try {
                resident.join(PATIENCE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void visitUntilStopped() {
        while (running.get()) {
            Map<String, Object> person = people.poll();
            if (person == null) {
                return;
            }
            if (visit(person)) {
                completed.incrementAndGet();
            } else if (running.get()) {
                givenUp.incrementAndGet();
            }
            people.add(person);
        }
    }

    /** One whole visit as {@code person}; false when it ended before the card PDF. */
    private boolean visit(Map<String, Object> person) {
        ResidentBrowser browser = new ResidentBrowser();
        String own = "/people/" + person.get("personId");
        if (page(browser, "sign-in form", "/sign-in").isEmpty()
                || form(browser, "sign-in details", "/sign-in", Map.of("givenName", text(person, "givenName"),
                        "familyName", text(person, "familyName"), "birthMonth", text(person, "birthMonth"),
                        "birthDay", text(person, "birthDay"), "birthYear", text(person, "birthYear"),
                        "contact", text(person, "contact"), "attest", "yes"), "/sign-in/code").isEmpty()) {
            return false;
        }
        Optional<String> code = code(text(person, "contact"));
        if (code.isEmpty() || page(browser, "sign-in code form", "/sign-in/code").isEmpty()
                || form(browser, "sign-in code", "/sign-in/code", Map.of("code", code.get()), "/account").isEmpty()
                || page(browser, "records", own).isEmpty()) {
            return false;
        }
        Optional<String> cards = page(browser, "cards", own + "/cards");
        if (cards.isEmpty()) {
            return false;
        }
        Matcher file = FILE.matcher(cards.get());
        Matcher pdf = PDF.matcher(cards.get());
        return file.find() && pdf.find() && page(browser, "card file", file.group(1)).isPresent()
                && page(browser, "card PDF", pdf.group(1)).isPresent();
    }

    /** A page (200), asked for again after a 503 or no answer; empty when it never came. */
    private Optional<String> page(ResidentBrowser browser, String step, String path) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (running.get() && System.nanoTime() < deadline) {
            Optional<ResidentBrowser.Answer> answer = send(step, 200, replica -> browser.get(replica.url(path)));
            if (answer.isPresent() && answer.get().status() == 200) {
                return Optional.of(answer.get().body());
            }
            if (answer.isPresent() && answer.get().status() != 503) {
                return Optional.empty();
            }
            pause(RELOAD);
        }
        return Optional.empty();
    }

    /**
     * A form sent until it is answered with the redirect to {@code next}: sent again after a 503 (the portal did
     * nothing), never after a lost answer (it may have been done).
     */
    private Optional<String> form(ResidentBrowser browser, String step, String path, Map<String, String> fields,
            String next) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (running.get() && System.nanoTime() < deadline) {
            Optional<ResidentBrowser.Answer> answer = send(step, 303, replica -> browser.post(replica.url(path),
                    fields));
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            if (answer.get().status() != 503) {
                return answer.get().header("Location").filter(location -> location.endsWith(next));
            }
            pause(RELOAD);
        }
        return Optional.empty();
    }

    /** The code sent to the contact, as the SMS gateway would receive it, read again while the database is away. */
    private Optional<String> code(String contact) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (running.get() && System.nanoTime() < deadline) {
            try {
                Optional<String> code = codes.codeFor(contact);
                if (code.isPresent()) {
                    return code;
                }
            } catch (IllegalStateException e) {
                // the database is away: the gateway would get the message later
            }
            pause(Duration.ofMillis(100));
        }
        return Optional.empty();
    }

    private Optional<ResidentBrowser.Answer> send(String step, int expected,
            Function<Replica, Optional<ResidentBrowser.Answer>> request) {
        List<Replica> now = List.copyOf(balanced);
        Replica replica = now.get(Math.floorMod(next.getAndIncrement(), now.size()));
        long sent = System.nanoTime();
        Optional<ResidentBrowser.Answer> answer = request.apply(replica);
        int status = answer.map(ResidentBrowser.Answer::status).orElse(0);
        outcomes.add(new Outcome(replica.name(), step, status, status == expected,
                answer.flatMap(a -> a.header("Retry-After")).isPresent(), sent, System.nanoTime()));
        return answer;
    }

    private static String text(Map<String, Object> person, String field) {
        return String.valueOf(person.get(field));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
