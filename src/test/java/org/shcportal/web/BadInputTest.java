package org.shcportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.StaffReason;
import org.shcportal.checking.CheckMessages;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.LogCapture;
import org.shcportal.fixtures.OpenedRecords;
import org.shcportal.fixtures.ShcExamples;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.registry.Contact;
import org.shcportal.registry.Immunization;
import org.shcportal.registry.Person;
import org.shcportal.staff.StaffRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * What no person types, sent to every form and query field of the portal: it is refused with a 4xx answer, never a
 * server error, stores nothing and logs no error. And requests the portal cannot read, sent by clients that are not its
 * pages: answered with the portal's own 4xx page.
 * <p>
 * Two kinds of values go to the fields. Those the portal refuses whatever the field (control characters, a
 * bidirectional override, bytes that are not UTF-8, more than the form limit of 1 MB) get the portal's own 400 or 413
 * page (in the request line: Vert.x's bare 414) and change nothing in the database, not even the audit. Those each page
 * judges itself (a Cyrillic lookalike of a valid value, a zero-width joiner inside it, 100,000 characters) go to the
 * fields that name something (people, accounts, contacts, codes, choices) and may write only what a wrong value
 * legitimately writes (a counted sign-in attempt, the audit of a search), never the value itself.
 */
@QuarkusTest
class BadInputTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final List<String> COOKIES = List.of("csrf-token", TestSessions.COOKIE, OpenedRecords.STAFF_COOKIE,
            "__Host-sign-in");

    private static final Value OVER_THE_LIMIT = Value.refused("1.1 MB", "x".repeat(1_100_000));
    /** What of {@link #OVER_THE_LIMIT} goes into a request line, whose limit is 4096 bytes (Vert.x default). */
    private static final int REQUEST_LINE_PROBE = 100_000;
    /** Refused by the portal whatever the field. */
    private static final List<Value> REFUSED = List.of(
            Value.refused("NUL", "Ana\u0000Maria"),
            Value.refused("escape sequence", "\u001b[2J\u001b[31mok"),
            Value.refused("right-to-left override", "INC-\u202E1002"),
            new Value("invalid UTF-8", new byte[] { (byte) 0xC3, 0x28 }, true),
            OVER_THE_LIMIT);
    /** Longer than any text the portal keeps (2000 characters), shorter than the form limit (1 MB). */
    private static final String LONG = "x".repeat(100_000);

    /** What a field holds, and so which of the values a page judges itself are sent to it. */
    private enum Kind {
        /** Names something: a person, an account, a contact, a code, a date, a choice. Gets lookalikes. */
        IDENTITY,
        /** Free text, where any letter is fine: gets only what is too long. */
        TEXT,
        /** Only shown back, or only its presence counts: gets only the values refused everywhere. */
        ECHO
    }

    /** Where a field goes: in the body (the query for a GET), always in the query, or in a path segment. */
    private enum Place {
        FORM,
        QUERY,
        PATH
    }

    private record Field(String name, String valid, Kind kind, Place place) {
    }

    private record Value(String label, byte[] raw, boolean refusedEverywhere) {

        static Value refused(String label, String text) {
            return new Value(label, text.getBytes(StandardCharsets.UTF_8), true);
        }

        static Value judged(String label, String text) {
            return new Value(label, text.getBytes(StandardCharsets.UTF_8), false);
        }

        String text() {
            return new String(raw, StandardCharsets.UTF_8);
        }

        /** Percent-encoded byte by byte (RFC 3986 § 2.1), so that bytes that are not UTF-8 go as they are. */
        String encoded() {
            return encode(raw);
        }
    }

    /**
     * A form or a page with query fields, who sends it, and what a wrong value may legitimately write: tables, and
     * audit actions as {@link #audit} names them.
     */
    private record Form(String title, String method, String path, Session session, List<Field> fields,
            Set<String> wrongValueWrites) {

        boolean multipart() {
            return path.equals("/check");
        }

        /** What is written before any field is read: a check is counted against its address as it arrives. */
        Set<String> admissionWrites() {
            return multipart() ? Set.of("rate_limit_counter") : Set.of();
        }
    }

    /** A browser's cookies and the CSRF token of its pages. */
    private record Session(Browser browser, String csrfToken) {

        static Session of(Browser browser, String page) {
            Matcher field = CSRF_FIELD.matcher(browser.get(page).asString());
            return new Session(browser, field.find() ? field.group(1) : null);
        }

        String cookieHeader() {
            return COOKIES.stream().filter(name -> browser.cookie(name) != null)
                    .map(name -> name + "=" + browser.cookie(name)).collect(Collectors.joining("; "));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFieldRefusesWhatNoPersonTypes() {
        LogCapture log = LogCapture.start();
        List<Form> forms = forms();
        List<DynamicTest> tests = new ArrayList<>();
        for (Form form : forms) {
            for (Field field : form.fields()) {
                for (Value value : valuesFor(field)) {
                    tests.add(DynamicTest.dynamicTest(form.title() + ", " + field.name() + ": " + value.label(),
                            () -> sendAndCheck(form, field, value)));
                }
            }
        }
        tests.add(DynamicTest.dynamicTest("the log has no error, no value the database refused, nothing sent", () -> {
            log.close();
            assertThat(log.warningsFrom("")).noneMatch(line -> line.startsWith("ERROR") || line.startsWith("SEVERE"));
            assertThat(log.warningsFrom("org.shcportal.web")).isEmpty();
            assertThat(log.lines()).noneMatch(line -> line.contains(LONG.substring(0, 200)) || line.contains("\u0000")
                    || line.contains("\u202E"));
        }));
        return tests.stream();
    }

    @Test
    void anUnknownCharsetIsAnswered415InTheVisitorsLanguage() throws Exception {
        Session helpDesk = Session.of(new Browser(), "/helpdesk/sign-in");
        byte[] form = ("username=a%20b&password=c&csrf-token=" + helpDesk.csrfToken()).getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> english = send("POST", "/helpdesk/sign-in", helpDesk.cookieHeader(),
                "application/x-www-form-urlencoded; charset=ebcdic-xx", form);
        HttpResponse<String> spanish = send("POST", "/helpdesk/sign-in", helpDesk.cookieHeader() + "; lang=es",
                "application/x-www-form-urlencoded; charset=ebcdic-xx", form);
        HttpResponse<String> multipart = send("POST", "/check", "", "multipart/form-data; boundary=B; charset=ebcdic-xx",
                (part("text", "shc:/0") + "--B--\r\n").getBytes(StandardCharsets.US_ASCII));

        assertThat(english.statusCode()).isEqualTo(415);
        assertThat(english.body()).contains(messages().error_unsupported_title());
        assertThat(spanish.statusCode()).isEqualTo(415);
        assertThat(spanish.body()).contains("No pudimos leer el formulario");
        assertThat(multipart.statusCode()).isEqualTo(415);
        assertThat(multipart.body()).contains(messages().error_unsupported_title());
    }

    @Test
    void aMultipartBodyThatCannotBeReadIsAnswered400() throws Exception {
        String unterminated = "--B\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nshc:/0";
        String badPartHeaders = "--B\r\nContent-Disposition form-data\r\n\r\nshc:/0\r\n--B--\r\n";
        String noPartAtAll = "not multipart";

        for (String body : List.of(unterminated, badPartHeaders, noPartAtAll)) {
            HttpResponse<String> answer = send("POST", "/check", "", "multipart/form-data; boundary=B",
                    body.getBytes(StandardCharsets.US_ASCII));
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            // "Check a card" reads its own form, and says so on its own page.
            assertThat(answer.body()).as(body).contains(MessageBundles.get(CheckMessages.class).error_unreadable());
        }
    }

    /** Quarkus's {@code quarkus.http.limits.max-parameters} (1000) counts a form's fields. */
    @Test
    void aFormWithMoreFieldsThanTheLimitIsAnswered413() throws Exception {
        Session helpDesk = Session.of(new Browser(), "/helpdesk/sign-in");
        StringBuilder form = new StringBuilder("username=a&password=b&csrf-token=" + helpDesk.csrfToken());
        for (int i = 0; i < 1000; i++) {
            form.append("&f").append(i).append('=');
        }

        HttpResponse<String> answer = send("POST", "/helpdesk/sign-in", helpDesk.cookieHeader(),
                "application/x-www-form-urlencoded", form.toString().getBytes(StandardCharsets.US_ASCII));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains(messages().error_toolarge_title());
    }

    /** A check the pages missed, caught by PostgreSQL (here: "abc" is no integer, SQLSTATE 22P02), is still the client's. */
    @Test
    void aValueTheDatabaseRefusesIsAnswered400AndLoggedWithoutIt() throws Exception {
        LogCapture log = LogCapture.start();
        HttpResponse<String> answer;
        try {
            answer = send("GET", UncheckedNumberResource.PATH + "?value=secret-4711", "", null, null);
        } finally {
            log.close();
        }

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains(messages().error_badrequest_title()).doesNotContain("secret-4711");
        assertThat(log.warningsFrom("org.shcportal")).containsExactly(
                "WARN org.shcportal.web.ErrorPages: Refused a value the database does not accept (SQLSTATE 22P02)");
        assertThat(log.lines()).noneMatch(line -> line.contains("secret-4711"));
    }

    @Test
    void aRequestThatRepeatsOneStoredAtTheSameMomentIsAnswered409() throws Exception {
        LogCapture log = LogCapture.start();
        HttpResponse<String> answer;
        try {
            answer = send("GET", RepeatedRowResource.PATH, "", null, null);
        } finally {
            log.close();
        }

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains(messages().error_conflict_title());
        assertThat(log.warningsFrom("org.shcportal")).containsExactly(
                "WARN org.shcportal.web.ErrorPages: Refused a request that repeated one stored at the same moment "
                        + "(SQLSTATE 23505)");
    }

    // ---- the forms

    private List<Form> forms() {
        Caller caller = Caller.create();
        String minor = TestPeople.minor();
        String adult = TestPeople.adultWithCards();
        String helpDeskUser = TestStaff.create(StaffRole.AGENT);

        Browser signingIn = new Browser();
        Session anonymous = Session.of(new Browser(), "/sign-in");
        Session helpDeskSignIn = Session.of(new Browser(), "/helpdesk/sign-in");
        Session codeStep = Session.of(signingIn, "/sign-in");
        assertThat(signingIn.post("/sign-in", caller.signInForm()).statusCode()).as("sign-in of the caller").isEqualTo(303);
        Session resident = residentOf(caller);
        long correctionId = correctionOf(resident, caller);

        Browser supervisorBrowser = TestStaff.signedIn(StaffRole.SUPERVISOR);
        OpenedRecords.open(supervisorBrowser, caller.registryId(), StaffReason.CALLER_VERIFICATION, "INC-1");
        long minorId = OpenedRecords.open(supervisorBrowser, minor, StaffReason.GUARDIAN_LINK, "INC-2");
        Session supervisor = Session.of(supervisorBrowser, "/helpdesk");
        long changeId = pendingChangeOf(caller);
        Session admin = Session.of(TestStaff.signedIn(StaffRole.ADMIN), "/helpdesk/staff/new");
        Browser ownAccount = TestStaff.signedIn(StaffRole.AGENT);
        ownAccount.get("/helpdesk/account/two-step");
        Session myAccount = Session.of(ownAccount, "/helpdesk/account");
        String person = "/helpdesk/people/" + caller.id();
        String emailId = String.valueOf(caller.emailId());

        return List.of(
                form("resident sign-in", "POST", "/sign-in", anonymous,
                        Set.of("rate_limit_counter", "sign_in_challenge", audit(AuditAction.SIGN_IN_INVALID),
                                audit(AuditAction.SIGN_IN_REQUESTED)),
                        id("givenName", caller.givenName()), id("familyName", caller.familyName()),
                        id("birthMonth", "05"), id("birthDay", "06"), id("birthYear", "1980"),
                        id("contact", caller.email()), echo("attest", "yes")),
                get("sign-in page", "/sign-in", anonymous, echo("ended", "1"), echo("expired", "1")),
                form("sign-in code", "POST", "/sign-in/code", codeStep, Set.of("sign_in_challenge"),
                        id("code", "000000")),
                get("sign-in code page", "/sign-in/code", codeStep, echo("resent", "1")),
                form("dose date", "POST", "/sign-in/dose-date", anonymous, Set.of(),
                        id("doseMonth", "03"), id("doseDay", "04"), id("doseYear", "2021")),
                form("correction request", "POST", "/people/" + caller.id() + "/corrections", resident, Set.of(),
                        id("kind", "MISSING_DOSE"), text("description", "My second dose is missing."),
                        id("dose-date", "2021-03-04")),
                form("check a card", "POST", "/check", anonymous, Set.of("rate_limit_counter"),
                        id("text", ShcExamples.qrTexts(ShcExamples.numbers().get(0)).get(0))),
                form("help-desk sign-in", "POST", "/helpdesk/sign-in", helpDeskSignIn,
                        Set.of("staff_failed_sign_in", "rate_limit_counter", audit(AuditAction.STAFF_SIGN_IN_FAILED)),
                        id("username", helpDeskUser), id("password", TestStaff.PASSWORD), echo("code", "")),
                get("help-desk sign-in page", "/helpdesk/sign-in", helpDeskSignIn, echo("ended", "1")),
                form("person search", "POST", "/helpdesk", supervisor, Set.of(audit(AuditAction.STAFF_SEARCHED)),
                        id("givenName", caller.givenName()), id("familyName", caller.familyName()),
                        id("birthMonth", "05"), id("birthDay", "06"), id("birthYear", "1980"),
                        id("contact", caller.email()), id("registryId", caller.registryId())),
                form("open a record", "POST", person + "/open", supervisor, Set.of(audit(AuditAction.STAFF_SEARCHED)),
                        id("reason", "CALLER_VERIFICATION"), id("ticket", "INC-3"), echo("givenName", "Rosa"),
                        echo("familyName", caller.familyName()), echo("birthMonth", "05"), echo("birthDay", "06"),
                        echo("birthYear", "1980"), echo("contact", ""), echo("registryId", "")),
                get("person page", person, supervisor, echo("done", "change-requested")),
                form("resend a sign-in code", "POST", person + "/sign-in-code", supervisor, Set.of(),
                        id("contact", emailId)),
                get("audit search", "/helpdesk/audit", supervisor, Set.of(),
                        id("staff", helpDeskUser), id("subject", caller.registryId()),
                        id("action", AuditAction.STAFF_SIGNED_IN.name()), id("from", "2024-01-01"),
                        id("to", "2024-12-31"), echo("staff-only", "on"), echo("page", "2")),
                form("change request", "POST", person + "/changes/new", supervisor, Set.of(),
                        query("kind", "CONTACT"), id("contact", "sweep.new@example.org"), text("note", "Caller asked.")),
                form("guardian link request", "POST", "/helpdesk/people/" + minorId + "/changes/new", supervisor,
                        Set.of(), query("kind", "GUARDIAN_LINK"), id("guardian", adult), id("relationship", "MOTHER"),
                        text("note", "Birth certificate seen.")),
                get("change request form", person + "/changes/new", supervisor, id("kind", "CONTACT")),
                form("approve a change", "POST", "/helpdesk/changes/" + changeId + "/approve", supervisor, Set.of(),
                        text("note", "Checked.")),
                form("deny a change", "POST", "/helpdesk/changes/" + changeId + "/deny", supervisor, Set.of(),
                        text("note", "Not verified.")),
                get("change queue", "/helpdesk/changes", supervisor, echo("done", "approved")),
                form("send cards", "POST", person + "/send-cards", supervisor, Set.of(),
                        id("how", "EMAIL"), id("why", "COPY_ASKED"), id("email", emailId), echo("language", "en")),
                form("revoke", "POST", person + "/revoke", supervisor, Set.of(),
                        id("why", "LOST_OR_STOLEN"), text("note", "Card lost."), id("delivery", "NONE"), echo("email", ""),
                        echo("language", "en")),
                get("correction queue", "/helpdesk/corrections", supervisor, id("status", "OPEN"), echo("mine", "1")),
                get("correction case", "/helpdesk/corrections/" + correctionId, supervisor, echo("done", "assigned")),
                form("correction note", "POST", "/helpdesk/corrections/" + correctionId + "/notes", supervisor,
                        Set.of(audit(AuditAction.STAFF_CORRECTION_VIEWED)), text("note", "Called back.")),
                form("assign a correction", "POST", "/helpdesk/corrections/" + correctionId + "/assign", supervisor,
                        Set.of(audit(AuditAction.STAFF_CORRECTION_VIEWED)), id("assignee", "me")),
                form("close a correction", "POST", "/helpdesk/corrections/" + correctionId + "/close", supervisor,
                        Set.of(audit(AuditAction.STAFF_CORRECTION_VIEWED)), text("outcome", "Dose added.")),
                get("mail queue", "/helpdesk/mail", supervisor, id("printed", "1")),
                get("mail batch", "/helpdesk/mail/batch.pdf", supervisor, id("ids", "999999999")),
                form("mail printed", "POST", "/helpdesk/mail/printed", supervisor, Set.of(), id("ids", "999999999")),
                form("new staff account", "POST", "/helpdesk/staff/new", admin, Set.of(),
                        id("username", "sweep-" + System.nanoTime() % 1_000_000), id("role", "AGENT")),
                get("staff accounts", "/helpdesk/staff", admin, echo("done", "enabled"), id("account", "1")),
                // A wrong current password counts like a failed sign-in.
                form("password change", "POST", "/helpdesk/account/password", myAccount, Set.of("staff_failed_sign_in"),
                        id("current-password", TestStaff.PASSWORD), id("new-password", "another long passphrase 42"),
                        id("new-password-again", "another long passphrase 42")),
                form("authenticator set-up", "POST", "/helpdesk/account/two-step", myAccount, Set.of(),
                        id("code", "000000")),
                get("my account", "/helpdesk/account", myAccount, echo("done", "password")),
                get("language switch", "/language/{code}", anonymous, segment("code", "es")),
                form("disable an account", "POST", "/helpdesk/staff/{id}/disable", admin, Set.of(),
                        segment("id", "1")));
    }

    private static List<Value> valuesFor(Field field) {
        List<Value> values = new ArrayList<>(REFUSED);
        if (field.kind() != Kind.ECHO) {
            values.add(Value.judged("100,000 characters", LONG));
        }
        if (field.kind() == Kind.IDENTITY) {
            values.add(Value.judged("Cyrillic lookalike", lookalike(field.valid())));
            values.add(Value.judged("zero-width joiner", field.valid().isEmpty() ? "\u200D"
                    : field.valid().charAt(0) + "\u200D" + field.valid().substring(1)));
        }
        return values;
    }

    /** The value with its first Latin letter that has a Cyrillic twin replaced by the twin, else with "а" before it. */
    private static String lookalike(String valid) {
        String latin = "aeopcxyAEOPCXHKMT";
        String cyrillic = "аеорсхуАЕОРСХНКМТ";
        for (int i = 0; i < valid.length(); i++) {
            int twin = latin.indexOf(valid.charAt(i));
            if (twin >= 0) {
                return valid.substring(0, i) + cyrillic.charAt(twin) + valid.substring(i + 1);
            }
        }
        return "а" + valid;
    }

    // ---- one request

    private void sendAndCheck(Form form, Field field, Value value) throws Exception {
        String sent = form.title() + ", " + field.name() + ": " + value.label();
        Snapshot before = Snapshot.take();
        HttpResponse<String> answer = sendForm(form, field, value);
        Snapshot.Changes changes = before.changesSince();

        if (value.refusedEverywhere() && form.multipart() && value == OVER_THE_LIMIT) {
            // "Check a card" reads its own form: a field past the form's limit leaves it unreadable, said on its page.
            assertThat(answer.statusCode()).as("status of " + sent).isEqualTo(400);
            assertThat(answer.body()).as("page of " + sent)
                    .contains(MessageBundles.get(CheckMessages.class).error_unreadable());
            assertThat(changes.written()).as("tables written by " + sent).isSubsetOf(form.admissionWrites());
        } else if (value.refusedEverywhere()) {
            int expected = value != OVER_THE_LIMIT ? 400 : inRequestLine(form, field) ? 414 : 413;
            assertThat(answer.statusCode()).as("status of " + sent).isEqualTo(expected);
            if (expected != 414) {
                assertThat(answer.body()).as("page of " + sent).contains(expected == 400
                        ? messages().error_badrequest_title()
                        : messages().error_toolarge_title());
            }
            assertThat(changes.written()).as("tables written by " + sent).isSubsetOf(form.admissionWrites());
        } else {
            assertThat(answer.statusCode()).as("status of " + sent).isLessThan(500);
            assertThat(changes.written()).as("tables written by %s: %s", sent, changes.rows())
                    .isSubsetOf(form.wrongValueWrites());
            assertThat(changes.rows()).as("rows written by " + sent).noneMatch(row -> row.contains(value.text()));
        }
    }

    private static HttpResponse<String> sendForm(Form form, Field sent, Value value) throws Exception {
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> body = new LinkedHashMap<>();
        String path = form.path();
        for (Field field : form.fields()) {
            String encoded = field == sent ? value.encoded() : encode(field.valid().getBytes(StandardCharsets.UTF_8));
            if (field == sent && value == OVER_THE_LIMIT && inRequestLine(form, field)) {
                // The request line is refused past 4096 bytes (414) while a client sending a megabyte is still
                // writing, and the connection is reset before the answer is read: 100 KB is far enough past it.
                encoded = encoded.substring(0, REQUEST_LINE_PROBE);
            }
            if (field.place() == Place.PATH) {
                path = path.replace("{" + field.name() + "}", encoded);
            } else {
                (inRequestLine(form, field) ? query : body).put(field.name(), encoded);
            }
        }
        String target = path + (query.isEmpty() ? "" : "?" + join(query));
        Session session = form.session();
        if (form.method().equals("GET")) {
            return send("GET", target, session.cookieHeader(), null, null);
        }
        if (form.multipart()) {
            ByteArrayOutputStream multipart = new ByteArrayOutputStream();
            multipart.writeBytes(part("csrf-token", session.csrfToken()).getBytes(StandardCharsets.US_ASCII));
            multipart.writeBytes(partHead(sent.name()).getBytes(StandardCharsets.US_ASCII));
            multipart.writeBytes(value.raw());
            multipart.writeBytes("\r\n--B--\r\n".getBytes(StandardCharsets.US_ASCII));
            return send("POST", target, session.cookieHeader(), "multipart/form-data; boundary=B",
                    multipart.toByteArray());
        }
        body.put("csrf-token", session.csrfToken());
        return send("POST", target, session.cookieHeader(), "application/x-www-form-urlencoded",
                join(body).getBytes(StandardCharsets.US_ASCII));
    }

    private static HttpResponse<String> send(String method, String target, String cookies, String contentType,
            byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + target))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A part of a multipart body with the boundary "B" (RFC 7578 § 4.1), without the closing delimiter. */
    private static String part(String name, String value) {
        return partHead(name) + value + "\r\n";
    }

    private static String partHead(String name) {
        return "--B\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n";
    }

    private static boolean inRequestLine(Form form, Field field) {
        return form.method().equals("GET") || field.place() != Place.FORM;
    }

    private static String join(Map<String, String> encoded) {
        return encoded.entrySet().stream().map(field -> field.getKey() + "=" + field.getValue())
                .collect(Collectors.joining("&"));
    }

    private static String encode(byte[] raw) {
        StringBuilder out = new StringBuilder();
        for (byte b : raw) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    private static PageMessages messages() {
        return MessageBundles.get(PageMessages.class);
    }

    // ---- building the table

    private static Form form(String title, String method, String path, Session session, Set<String> writes,
            Field... fields) {
        return new Form(title, method, path, session, List.of(fields), writes);
    }

    private static Form get(String title, String path, Session session, Field... fields) {
        return form(title, "GET", path, session, Set.of(), fields);
    }

    private static Form get(String title, String path, Session session, Set<String> writes, Field... fields) {
        return form(title, "GET", path, session, writes, fields);
    }

    /** What a wrong value may write to the audit: the action, as {@link Snapshot.Changes} names it. */
    private static String audit(AuditAction action) {
        return "audit_event " + action.name();
    }

    private static Field id(String name, String valid) {
        return new Field(name, valid, Kind.IDENTITY, Place.FORM);
    }

    private static Field text(String name, String valid) {
        return new Field(name, valid, Kind.TEXT, Place.FORM);
    }

    private static Field echo(String name, String valid) {
        return new Field(name, valid, Kind.ECHO, Place.FORM);
    }

    private static Field query(String name, String valid) {
        return new Field(name, valid, Kind.IDENTITY, Place.QUERY);
    }

    /** A path segment, written {@code {name}} in the form's path. */
    private static Field segment(String name, String valid) {
        return new Field(name, valid, Kind.IDENTITY, Place.PATH);
    }

    // ---- who sends them

    /** A person of the test's own: names, birth date and email unique to this run, one dose. */
    private record Caller(long id, String registryId, String givenName, String familyName, String email,
            long emailId) {

        static Caller create() {
            String letters = Long.toString(System.nanoTime() % 1_000_000_000L, 26).replaceAll("[0-9]", "q");
            String registryId = "BI-" + System.nanoTime() % 1_000_000;
            String email = "sweep." + letters + "@example.org";
            return QuarkusTransaction.requiringNew().call(() -> {
                Person person = new Person();
                person.registryId = registryId;
                person.givenName = "Rosa";
                person.familyName = "Sweep" + letters;
                person.birthDate = LocalDate.of(1980, 5, 6);
                person.sex = Person.Sex.F;
                person.persist();
                Contact contact = new Contact();
                contact.person = person;
                contact.kind = Contact.Kind.EMAIL;
                contact.value = email;
                contact.addedOn = LocalDate.of(2020, 1, 1);
                contact.persist();
                Immunization dose = new Immunization();
                dose.person = person;
                dose.cvxCode = "207";
                dose.occurrenceDate = LocalDate.of(2021, 3, 4);
                dose.status = Immunization.Status.COMPLETED;
                dose.sourceSystem = "bad input test";
                dose.persist();
                return new Caller(person.id, registryId, person.givenName, person.familyName, email, contact.id);
            });
        }

        Map<String, String> signInForm() {
            return Map.of("givenName", givenName, "familyName", familyName, "birthMonth", "05", "birthDay", "06",
                    "birthYear", "1980", "contact", email, "attest", "yes");
        }
    }

    private static Session residentOf(Caller caller) {
        Browser browser = new Browser();
        browser.setCookie(TestSessions.COOKIE, TestSessions.signIn(caller.registryId()));
        return Session.of(browser, "/people/" + caller.id() + "/corrections/new");
    }

    private static long correctionOf(Session resident, Caller caller) {
        var sent = resident.browser().post("/people/" + caller.id() + "/corrections",
                Map.of("kind", "OTHER", "description", "Please check my record."));
        assertThat(sent.statusCode()).as("correction request").isEqualTo(303);
        String location = sent.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A change asked for by an agent, which the supervisor of the sweep may decide. */
    private static long pendingChangeOf(Caller caller) {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        OpenedRecords.open(agent, caller.registryId(), StaffReason.CONTACT_UPDATE, "INC-4");
        String form = "/helpdesk/people/" + caller.id() + "/changes/new?kind=CONTACT";
        agent.get(form);
        assertThat(agent.post(form, Map.of("contact", "sweep.pending@example.org", "note", "Caller asked."))
                .statusCode()).as("change request").isEqualTo(303);
        return Snapshot.single("SELECT id FROM change_request WHERE person_id = ?1 AND status = 'PENDING'", caller.id());
    }
}
