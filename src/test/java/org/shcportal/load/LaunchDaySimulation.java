package org.shcportal.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A launch day at the portal (docs/capacity.md): residents signing in for their cards, guardians downloading their
 * family pack, verifiers' apps fetching the keys and revocation lists, visitors checking a card they were shown, and
 * help-desk agents helping callers who did not get their code. Each visit is a new person from the registry and a new
 * browser (own cookies, own TLS connection). Sign-in requests are named "(steady)": the portal answers them no sooner
 * than portal.sign-in.steady-response-time on purpose, which their response times include.
 * <p>
 * Parameters (system properties): {@code load.url}, {@code load.db.url} (the portal's database), {@code rate} (visits
 * per second), {@code duration} (seconds), {@code agents} (help-desk accounts made for the run).
 */
public class LaunchDaySimulation extends Simulation {

    /**
     * Shares of the visits, assumed until a launch's own traffic is known: most visitors are residents fetching their
     * own cards; verifier apps are assumed to keep the keys and lists they fetched for a while, so their fetches are
     * few; a few callers need the help desk.
     */
    private static final Map<String, Double> SHARES = Map.of("resident", 0.70, "guardian", 0.10, "verifier", 0.08,
            "check", 0.10, "help desk", 0.02);
    /** The staff session cookie (org.shcportal.staff.StaffSessions). */
    private static final String STAFF_SESSION = "__Host-staff-session";
    private static final String CSRF = "name=\"csrf-token\" value=\"([^\"]+)\"";
    /** How long a caller may wait for an agent to be free before the visit fails: generous for a loaded machine. */
    private static final Duration AGENT_WAIT = Duration.ofSeconds(120);
    private static final Duration POLL = Duration.ofMillis(250);

    private final LoadSettings settings = LoadSettings.fromSystemProperties();
    private final RegistryPeople people = RegistryPeople.read(settings,
            withSpare(count("resident") + count("help desk")), withSpare(count("guardian")));
    private final SignInCodes codes = new SignInCodes(settings);
    private final HelpDeskAgents agents = HelpDeskAgents.create(settings, settings.agents());
    private final CardSamples samples = new CardSamples();

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.url()).acceptLanguageHeader("en-US,en;q=0.8")
            .userAgentHeader("shc-portal launch-day load test");

    {
        setUp(visits()).protocols(protocol).assertions(global().failedRequests().count().is(0L));
    }

    private List<PopulationBuilder> visits() {
        return List.of(inject(residents(), "resident"), inject(guardians(), "guardian"), inject(verifiers(),
                "verifier"), inject(checks(), "check"), inject(helpDesk(), "help desk"),
                agentSetUp().injectOpen(atOnceUsers(settings.agents())));
    }

    /** The visits of one kind, spread evenly over the run: at least one of each, even in a short smoke run. */
    private PopulationBuilder inject(ScenarioBuilder scenario, String kind) {
        return scenario.injectOpen(rampUsers(count(kind)).during(settings.duration()));
    }

    private int count(String kind) {
        return (int) Math.max(1, Math.round(settings.rate() * SHARES.get(kind)
                * settings.duration().toSeconds()));
    }

    /** A fifth more persons than visits, and ten: a person whose visit fails is not handed out again. */
    private static int withSpare(int visits) {
        return (int) Math.ceil(visits * 1.2) + 10;
    }

    private ScenarioBuilder residents() {
        return scenario("Resident").feed(people.residents()).exec(home(), signIn(),
                exec(http("Records").get("/people/#{personId}").check(status().is(200))),
                exec(http("Cards page").get("/people/#{personId}/cards").check(status().is(200),
                        regex("href=\"(/people/\\d+/cards/[a-z0-9-]+\\.pdf)\"").saveAs("pdf"),
                        regex("href=\"(/people/\\d+/cards/(?!all\\.)[a-z0-9-]+\\.smart-health-card)\"")
                                .saveAs("file"))),
                exec(http("Card PDF").get("#{pdf}").check(status().is(200),
                        header("Content-Type").is("application/pdf"))),
                exec(http("Card file").get("#{file}").check(status().is(200),
                        header("Content-Type").is("application/smart-health-card"), bodyString().saveAs("card"))),
                exec(session -> {
                    samples.add(session.getString("card"));
                    return session;
                }));
    }

    private ScenarioBuilder guardians() {
        return scenario("Guardian").feed(people.guardians()).exec(home(), signIn(),
                exec(http("Cards page").get("/people/#{personId}/cards").check(status().is(200),
                        substring("/people/#{personId}/family.pdf").exists())),
                exec(http("Family pack PDF").get("/people/#{personId}/family.pdf").check(status().is(200),
                        header("Content-Type").is("application/pdf"))));
    }

    private ScenarioBuilder verifiers() {
        return scenario("Verifier").exec(
                http("JWKS").get("/.well-known/jwks.json").check(status().is(200),
                        jsonPath("$.keys[*].kid").findAll().saveAs("kids")),
                foreach("#{kids}", "kid").on(exec(http("CRL").get("/.well-known/crl/#{kid}.json")
                        .check(status().is(200), jsonPath("$.ctr").exists()))));
    }

    /** A visitor checks a card someone downloaded today: every other check as the picture of its QR code. */
    private ScenarioBuilder checks() {
        return scenario("Check my card").exec(http("Check page").get("/check").check(status().is(200),
                regex(CSRF).saveAs("csrf")))
                .asLongAs(session -> samples.file().isEmpty()).on(pause(POLL))
                .exec(session -> {
                    String file = samples.file().orElseThrow();
                    byte[] picture = session.userId() % 2 == 0 ? CardSamples.qrPicture(file).orElse(null) : null;
                    return picture == null ? session.set("upload", file.getBytes(StandardCharsets.UTF_8))
                            .set("uploadName", "card.smart-health-card").set("uploadType",
                                    "application/smart-health-card")
                            : session.set("upload", picture).set("uploadName", "card.png").set("uploadType",
                                    "image/png");
                })
                .exec(http("Check upload").post("/check").asMultipartForm().formParam("csrf-token", "#{csrf}")
                        .bodyPart(ByteArrayBodyPart("file", "#{upload}").fileName("#{uploadName}")
                                .contentType("#{uploadType}"))
                        .check(status().is(200), substring("Valid card").exists()));
    }

    /**
     * A caller asked for a code that did not come; an agent, signed in for the shift, finds them, opens their record and
     * sends a new one.
     */
    private ScenarioBuilder helpDesk() {
        return scenario("Help desk").feed(people.residents()).exec(home(), detailsForm(), flushCookieJar())
                .exec(session -> session.set("waitingSince", System.currentTimeMillis()))
                .asLongAs(session -> !session.contains("agent") && waited(session) < AGENT_WAIT.toMillis())
                .on(exec(session -> agents.lend().map(lent -> session.set("agent", lent)).orElse(session))
                        .doIf(session -> !session.contains("agent")).then(pause(POLL)))
                // with no agent free in time, the help desk answers with its sign-in page: a failed request below
                .exec(session -> session.set("staffSession", session.contains("agent")
                        ? session.<HelpDeskAgents.Lent> get("agent").sessionToken()
                        : "none"))
                .exec(addCookie(Cookie(STAFF_SESSION, "#{staffSession}").withPath("/").withSecure(true)))
                .exec(http("Help desk").get("/helpdesk").check(status().is(200), currentLocationRegex(".*/helpdesk$"),
                        regex(CSRF).saveAs("csrf")))
                .exec(http("Search").post("/helpdesk").formParam("csrf-token", "#{csrf}")
                        .formParam("registryId", "#{registryId}").check(status().is(200),
                                substring("/helpdesk/people/#{personId}/open").exists()))
                .exec(http("Open record").post("/helpdesk/people/#{personId}/open").formParam("csrf-token", "#{csrf}")
                        .formParam("reason", "SIGN_IN_HELP").formParam("ticket", "")
                        .formParam("registryId", "#{registryId}").check(status().is(200),
                                regex("name=\"contact\" value=\"(\\d+)\"").saveAs("contactId")))
                .exec(http("Resend code").post("/helpdesk/people/#{personId}/sign-in-code")
                        .formParam("csrf-token", "#{csrf}").formParam("contact", "#{contactId}")
                        .check(status().is(200), currentLocationRegex(".*done=code-sent$")))
                .doIf(session -> session.contains("agent")).then(exec(session -> {
                    agents.giveBack(session.get("agent"));
                    return session;
                }));
    }

    /**
     * Each agent signs in and turns on two-step sign-in with the secret the portal shows, as on their first day, and
     * stays signed in.
     */
    private ScenarioBuilder agentSetUp() {
        Iterator<String> usernames = agents.usernames().iterator();
        Iterator<Map<String, Object>> feeder = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return usernames.hasNext();
            }

            @Override
            public Map<String, Object> next() {
                return Map.of("agent", usernames.next());
            }
        };
        return scenario("Help-desk set-up").feed(feeder)
                .exec(http("Staff sign-in form").get("/helpdesk/sign-in").check(regex(CSRF).saveAs("csrf")))
                .exec(http("Staff sign-in").post("/helpdesk/sign-in").formParam("csrf-token", "#{csrf}")
                        .formParam("username", "#{agent}").formParam("password", HelpDeskAgents.PASSWORD)
                        .check(status().is(200), currentLocationRegex(".*/helpdesk$")))
                .exec(http("Two-step set-up").get("/helpdesk/account/two-step").check(status().is(200),
                        regex(CSRF).saveAs("csrf"), regex("id=\"secret\">([A-Z2-7 ]+)</code>").saveAs("secret")))
                .exec(session -> session.set("totp", HelpDeskAgents.setUpCode(session.getString("secret"),
                        Instant.now())))
                .exec(http("Two-step confirm").post("/helpdesk/account/two-step").formParam("csrf-token", "#{csrf}")
                        .formParam("code", "#{totp}").check(status().is(200),
                                currentLocationRegex(".*done=two-step$"), regex(CSRF).saveAs("csrf")))
                .exec(getCookieValue(CookieKey(STAFF_SESSION).saveAs("staffSession")))
                .exec(session -> {
                    agents.signedIn(session.getString("agent"), session.getString("staffSession"));
                    return session;
                });
    }

    private static ChainBuilder home() {
        return exec(http("Home").get("/").check(status().is(200)));
    }

    /** The sign-in form with the person's details: the portal queues a code and shows the code form. */
    private static ChainBuilder detailsForm() {
        return exec(http("Sign-in form").get("/sign-in").check(status().is(200), regex(CSRF).saveAs("csrf")))
                .exec(http("Sign-in details (steady)").post("/sign-in").formParam("csrf-token", "#{csrf}")
                        .formParam("givenName", "#{givenName}").formParam("familyName", "#{familyName}")
                        .formParam("birthMonth", "#{birthMonth}").formParam("birthDay", "#{birthDay}")
                        .formParam("birthYear", "#{birthYear}").formParam("contact", "#{contact}")
                        .formParam("attest", "yes").check(status().is(200), currentLocationRegex(".*/sign-in/code$"),
                                regex(CSRF).saveAs("csrf")));
    }

    /** Signs in with the code the portal sent to the person's contact, read where the gateway would receive it. */
    private ChainBuilder signIn() {
        return exec(detailsForm()).exec(session -> codes.codeFor(session.getString("contact"))
                // with no code queued, the code form below fails and counts as a failed request
                .map(code -> session.set("code", code)).orElse(session.set("code", "none")))
                .exec(http("Sign-in code (steady)").post("/sign-in/code").formParam("csrf-token", "#{csrf}")
                        .formParam("code", "#{code}").check(status().is(200), currentLocationRegex(".*/account$")));
    }

    private static long waited(Session session) {
        return System.currentTimeMillis() - session.getLong("waitingSince");
    }
}
