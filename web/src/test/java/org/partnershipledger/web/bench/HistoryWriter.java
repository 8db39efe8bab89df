package org.partnershipledger.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.partnershipledger.web.bench.BenchClient.Answer;

/**
 * Writes realistic partnership histories into a running ledger through its API, each step by the person who
 * takes it (DOMAIN.md): a facilitator sets a partnership of an NGO, a municipality and the police up; their
 * representatives meet, put proposals and give each partner's stance there or in writing later, propose
 * versions of the agreement and sign them, raise conflicts that go to the agreement's mediator and are
 * resolved; the municipality's representative is replaced now and then, and the police withdraw at the end.
 */
final class HistoryWriter {

    static final String PASSWORD = "a password for the benchmark";
    static final String FACILITATOR = "bench-facilitator";
    /** The requests of a partnership's week (Partnership.liveAWeek), each its own. */
    static final int REQUESTS_A_WEEK = 17;

    private static final String ANNE = "anne";
    private static final String MADS = "mads";
    private static final String METTE = "mette";
    private static final String PER = "per";

    private final Function<String, URI> uris;
    private final Map<String, BenchClient> people = new LinkedHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final boolean keyed;

    /** The facilitator and the representatives, created by the ledger's first administrator. */
    HistoryWriter(Function<String, URI> uris, BenchClient administrator) throws IOException, InterruptedException {
        this(uris, administrator, false);
    }

    /**
     * The same; if {@code keyed}, every request of the histories carries an {@code Idempotency-Key} of its own,
     * as a client that retries would send it.
     */
    HistoryWriter(Function<String, URI> uris, BenchClient administrator, boolean keyed)
            throws IOException, InterruptedException {
        this.uris = uris;
        this.keyed = keyed;
        createUser(administrator, FACILITATOR, List.of("FACILITATOR"));
        for (String person : List.of(ANNE, MADS, METTE, PER)) {
            createUser(administrator, person, List.of());
        }
        for (String person : List.of(FACILITATOR, ANNE, MADS, METTE, PER)) {
            people.put(person, BenchClient.signedIn(uris, person, PASSWORD));
        }
    }

    private static void createUser(BenchClient administrator, String person, List<String> capacities)
            throws IOException, InterruptedException {
        administrator.accepted(
                "/api/admin/users",
                Map.of("username", person, "password", PASSWORD, "person", person, "capacities", capacities));
    }

    BenchClient facilitator() {
        return people.get(FACILITATOR);
    }

    /**
     * Partnerships of {@code weeks} weeks each (three proposals a week, the police withdrawing at the end),
     * written by {@code clients} at once until {@code events} are written; {@code finished} hears of each
     * partnership as it is done, with the events written by then.
     */
    List<Partnership> writeAtOnce(
            int clients, long events, int weeks, LocalDate firstDay, BiConsumer<Partnership, Long> finished)
            throws Exception {
        AtomicLong written = new AtomicLong();
        List<Partnership> partnerships = Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(writers.submit(() -> {
                    for (int number = 0; written.get() < events; number++) {
                        Partnership partnership = form("Client " + client + " no. " + number, firstDay);
                        for (int week = 0; week < weeks; week++) {
                            partnership.liveAWeek(3);
                        }
                        partnership.policeWithdraw();
                        partnerships.add(partnership);
                        finished.accept(partnership, written.addAndGet(partnership.events()));
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get(24, TimeUnit.HOURS);
            }
        } finally {
            writers.shutdown();
        }
        return List.copyOf(partnerships);
    }

    /** The facilitator signed in to the pages, as in a browser. */
    BenchClient pages() throws IOException, InterruptedException {
        return BenchClient.signedInToPages(uris, FACILITATOR, PASSWORD);
    }

    /** The NGO's representative, steering-group member and secretary, who reads and records most. */
    BenchClient anne() {
        return people.get(ANNE);
    }

    /** Requests sent so far by every partnership written. */
    long requests() {
        return requests.get();
    }

    /** A new partnership, formed and with its representatives appointed, its days counted from {@code formedOn}. */
    Partnership form(String name, LocalDate formedOn) throws IOException, InterruptedException {
        return new Partnership(name, formedOn);
    }

    /** One request of a partnership's week. */
    @FunctionalInterface
    private interface Step {
        Answer send() throws IOException, InterruptedException;
    }

    /** One partnership's history, written step by step; used by one thread at a time. */
    final class Partnership {

        final String path;
        final String ngo;
        final String municipality;
        final String police;
        private LocalDate day;
        private String municipalRepresentative = MADS;
        private int conflicts;
        // The rest of the week being written, and what its later requests refer to.
        private final Deque<Step> week = new ArrayDeque<>();
        private String answeredInWriting;
        private JsonNode version;
        private String conflict;

        private Partnership(String name, LocalDate formedOn) throws IOException, InterruptedException {
            day = formedOn;
            Answer formed = send(
                    facilitator(),
                    "/api/partnerships",
                    Map.of(
                            "name",
                            name,
                            "purpose",
                            "Help women subjected to violence",
                            "occurredOn",
                            day.toString(),
                            "complexity",
                            "MEDIUM",
                            "kind",
                            "NETWORK_BASED",
                            "partners",
                            List.of(
                                    Map.of("name", "Mødrehjælpen", "sector", "VOLUNTARY"),
                                    Map.of("name", "Frederiksberg Kommune", "sector", "PUBLIC"),
                                    Map.of("name", "Frederiksberg Politi", "sector", "PUBLIC"))));
            path = URI.create(formed.header("Location")).getPath();
            JsonNode partners = facilitator().read(path).json().path("partners");
            ngo = partners.get(0).path("id").asText();
            municipality = partners.get(1).path("id").asText();
            police = partners.get(2).path("id").asText();
            for (String role : List.of("STEERING_GROUP", "SECRETARY", "SIGNATORY")) {
                appoint(ANNE, ngo, role);
            }
            for (String role : List.of("STEERING_GROUP", "SIGNATORY")) {
                appoint(MADS, municipality, role);
                appoint(PER, police, role);
            }
        }

        private void appoint(String person, String partner, String role) throws IOException, InterruptedException {
            send(
                    facilitator(),
                    path + "/representatives",
                    Map.of("person", person, "partner", partner, "role", role, "occurredOn", day.toString()));
        }

        /**
         * A stretch of the partnership's life, about a week: a steering-group meeting deciding on
         * {@code proposals} proposals, a meeting whose one proposal the partners answer in writing, a new
         * version of the agreement signed by all three, a conflict escalated to the mediator and resolved, an
         * observation of the group's phase, a diary entry by the NGO's representative, and the municipality's
         * representative replaced. A week begun by {@link #next()} is finished first.
         */
        void liveAWeek(int proposals) throws IOException, InterruptedException {
            if (week.isEmpty()) {
                week.addAll(aWeek(proposals));
            }
            while (!week.isEmpty()) {
                next();
            }
        }

        /**
         * The next single request of the partnership's life, as {@link #liveAWeek} sends them (a week of three
         * proposals at its meeting when one ends): for a load of requests at a steady pace.
         */
        Answer next() throws IOException, InterruptedException {
            if (week.isEmpty()) {
                week.addAll(aWeek(3));
            }
            return week.poll().send();
        }

        private List<Step> aWeek(int proposals) {
            List<Step> steps = new ArrayList<>();
            steps.add(() -> meetingAnswer(proposals, true));
            steps.add(() -> {
                Answer meeting = meetingAnswer(1, false);
                answeredInWriting = proposalIds(meeting).get(0);
                return meeting;
            });
            for (String partner : List.of(ngo, municipality, police)) {
                steps.add(() -> stance(answeredInWriting, partner));
            }
            steps.add(this::proposeAVersion);
            for (String partner : List.of(ngo, municipality, police)) {
                steps.add(() -> sign(partner));
            }
            steps.add(() -> {
                Answer raised = raiseConflict();
                conflict = URI.create(raised.header("Location")).getPath();
                return raised;
            });
            steps.add(() -> send(
                    anne(),
                    conflict + "/steps",
                    Map.of("note", "Discussed at the steering group", "occurredOn", on(1))));
            steps.add(() -> send(anne(), conflict + "/escalation", Map.of("occurredOn", on(2))));
            steps.add(() -> send(
                    anne(),
                    conflict + "/mediation-sessions",
                    Map.of("note", "Both partners told their side", "occurredOn", on(3))));
            steps.add(this::resolveTheConflict);
            steps.add(() -> send(
                    facilitator(),
                    path + "/phase-observations",
                    Map.of(
                            "observer",
                            FACILITATOR,
                            "phase",
                            conflicts % 2 == 0 ? "CONTROL" : "CLOSENESS",
                            "note",
                            "The steering group works through its disagreements",
                            "occurredOn",
                            day.toString())));
            steps.add(() -> send(
                    anne(),
                    path + "/diary",
                    Map.of(
                            "author",
                            ANNE,
                            "occurredOn",
                            on(4),
                            "text",
                            "The police seemed more willing after the mediation; ask about the trial",
                            "visibility",
                            conflicts % 2 == 0 ? "SHARED" : "PRIVATE")));
            steps.add(() -> {
                Answer replaced = replaceTheMunicipalRepresentative();
                day = day.plusDays(7);
                return replaced;
            });
            return steps;
        }

        /** A steering-group meeting recorded by the NGO's secretary; the proposals' ids. */
        List<String> meeting(int proposals, boolean stancesGiven) throws IOException, InterruptedException {
            return proposalIds(meetingAnswer(proposals, stancesGiven));
        }

        /** The same, timed: the answer to the one request. */
        Answer meetingAnswer(int proposals, boolean stancesGiven) throws IOException, InterruptedException {
            List<Object> put = new ArrayList<>();
            for (int i = 0; i < proposals; i++) {
                Map<String, Object> proposal = new LinkedHashMap<>();
                proposal.put("text", "Proposal " + (i + 1) + ": meet the families together before the summer");
                proposal.put("proposedBy", i % 2 == 0 ? ngo : municipality);
                if (stancesGiven) {
                    proposal.put(
                            "stances",
                            List.of(
                                    stanceAtMeeting(ngo, ANNE, "CONSENT", ""),
                                    stanceAtMeeting(municipality, municipalRepresentative, "CONSENT", ""),
                                    i % 3 == 2
                                            ? stanceAtMeeting(police, PER, "OBJECT", "Not before the trial")
                                            : stanceAtMeeting(police, PER, "ABSTAIN", "")));
                }
                put.add(proposal);
            }
            return send(
                    anne(),
                    path + "/meetings",
                    Map.of(
                            "kind",
                            "STEERING_GROUP",
                            "occurredOn",
                            day.toString(),
                            "attendees",
                            List.of(
                                    Map.of("person", ANNE, "represents", ngo),
                                    Map.of("person", municipalRepresentative, "represents", municipality),
                                    Map.of("person", PER, "represents", police),
                                    Map.of("person", "guest-researcher")),
                            "agenda",
                            List.of("Referrals", "Cadence", "Press"),
                            "minutes",
                            "Decision minutes: referrals went up; the police report on the trial next time",
                            "proposals",
                            put));
        }

        private List<String> proposalIds(Answer meeting) throws IOException {
            List<String> ids = new ArrayList<>();
            meeting.json().path("proposalIds").forEach(id -> ids.add(id.asText()));
            return ids;
        }

        private static Map<String, Object> stanceAtMeeting(String partner, String by, String stance, String reason) {
            return Map.of("partner", partner, "stance", stance, "givenBy", by, "reason", reason);
        }

        /** A partner's stance given in writing after the meeting, by its representative in their own name. */
        Answer stance(String proposal, String partner) throws IOException, InterruptedException {
            String by = partner.equals(ngo) ? ANNE : partner.equals(police) ? PER : municipalRepresentative;
            return send(
                    people.get(by),
                    path + "/proposals/" + proposal + "/stances",
                    Map.of(
                            "partner",
                            partner,
                            "stance",
                            partner.equals(police) ? "ABSTAIN" : "CONSENT",
                            "givenBy",
                            by,
                            "reason",
                            "",
                            "occurredOn",
                            day.toString()));
        }

        /** The NGO proposes a version of the agreement, which each partner's signatory signs next. */
        private Answer proposeAVersion() throws IOException, InterruptedException {
            Answer proposed = send(
                    anne(),
                    path + "/agreement/versions",
                    Map.of("proposedBy", ngo, "occurredOn", day.toString(), "content", agreement()));
            version = proposed.json();
            return proposed;
        }

        /** The partner's signatory signs the version last proposed, by its text's hash. */
        private Answer sign(String partner) throws IOException, InterruptedException {
            String signatory = partner.equals(ngo) ? ANNE : partner.equals(police) ? PER : municipalRepresentative;
            return send(
                    people.get(signatory),
                    path + "/agreement/versions/" + version.path("version").asInt() + "/signatures",
                    Map.of(
                            "partner",
                            partner,
                            "contentHash",
                            version.path("contentHash").asText(),
                            "signatory",
                            signatory,
                            "occurredOn",
                            day.toString()));
        }

        /** The conflict last raised, resolved with the consent of the two partners it was between. */
        private Answer resolveTheConflict() throws IOException, InterruptedException {
            return send(
                    people.get(municipalRepresentative),
                    conflict + "/resolution",
                    Map.of(
                            "resolution",
                            "Partners inform each other first",
                            "consentedBy",
                            List.of(ngo, municipality),
                            "occurredOn",
                            on(4)));
        }

        /** Raised by the NGO's representative; the answer's Location names the conflict. */
        Answer raiseConflict() throws IOException, InterruptedException {
            conflicts++;
            return send(
                    anne(),
                    path + "/conflicts",
                    Map.of(
                            "raisedBy",
                            ngo,
                            "concerning",
                            List.of(municipality),
                            "topic",
                            "Press " + conflicts,
                            "category",
                            "COMMUNICATION",
                            "description",
                            "Spoke to the press before informing the partners",
                            "occurredOn",
                            day.toString()));
        }

        private Answer replaceTheMunicipalRepresentative() throws IOException, InterruptedException {
            String incoming = municipalRepresentative.equals(MADS) ? METTE : MADS;
            Answer replaced = send(
                    facilitator(),
                    path + "/representatives/" + municipalRepresentative + "/replacement",
                    Map.of("incoming", incoming, "occurredOn", on(5)));
            municipalRepresentative = incoming;
            return replaced;
        }

        /** The police give notice through their signatory; the partnership goes on with the other two. */
        void policeWithdraw() throws IOException, InterruptedException {
            send(
                    people.get(PER),
                    path + "/withdrawals",
                    Map.of("partner", police, "reason", "Reorganised", "occurredOn", day.toString()));
        }

        /** The number of events recorded in this partnership. */
        long events() throws IOException, InterruptedException {
            return anne().read(path + "/events?limit=1").json().path("total").asLong();
        }

        /** A date in the middle of the history written so far. */
        LocalDate day() {
            return day;
        }

        private String on(int daysLater) {
            return day.plusDays(daysLater).toString();
        }

        private Answer send(BenchClient client, String to, Object body) throws IOException, InterruptedException {
            requests.incrementAndGet();
            return client.accepted(to, body, keyed ? UUID.randomUUID().toString() : null);
        }

        private Map<String, Object> agreement() {
            LocalDate starts = day;
            Map<String, Object> content = new LinkedHashMap<>();
            content.put(
                    "background",
                    Map.of(
                            "problem",
                            "Women subjected to violence fall between services",
                            "strengths",
                            List.of(Map.of("partnerId", ngo, "strengths", "Counselling"))));
            content.put("goals", Map.of("goals", List.of("Earlier help"), "successCriteria", List.of("Referrals")));
            content.put(
                    "contentAndQuality",
                    Map.of("activity", "Joint counselling", "qualityRequirements", "Trained staff"));
            content.put(
                    "organisation",
                    Map.of(
                            "rightsAndDuties",
                            "Each partner keeps its autonomy",
                            "responsibilities",
                            List.of(Map.of("partnerId", ngo, "text", "Secretary"), Map.of("text", "Evaluation")),
                            "governance",
                            Map.of("steeringGroupCadence", "4 times a year", "workingGroupCadence", "monthly"),
                            "information",
                            Map.of("internal", "Minutes to all", "external", "Inform each other before the press")));
            content.put(
                    "dialogue",
                    Map.of(
                            "rules",
                            "Raised at the next steering group",
                            "mediator",
                            Map.of("name", "Center for Konfliktløsning", "organisation", "")));
            content.put(
                    "plan",
                    Map.of(
                            "phases",
                            List.of(Map.of(
                                    "name",
                                    "Activities",
                                    "startsOn",
                                    starts.toString(),
                                    "endsOn",
                                    starts.plusYears(4).toString()))));
            content.put("budget", Map.of("financing", "Each partner funds its own part", "moneyExchanged", false));
            content.put(
                    "changes",
                    Map.of(
                            "amendment",
                            "Only in agreement",
                            "withdrawal",
                            "Three months' notice",
                            "noticePeriod",
                            "P3M"));
            content.put("riskAssessment", "Key persons may leave; deputies are named (version of " + day + ")");
            content.put(
                    "evaluation",
                    Map.of(
                            "method",
                            "A report each year",
                            "measurementPoints",
                            List.of("Four points"),
                            "anchoring",
                            "The municipality's ordinary work"));
            content.put(
                    "term",
                    Map.of(
                            "startsOn",
                            starts.toString(),
                            "endsOn",
                            starts.plusYears(5).toString()));
            content.put("accession", List.of());
            return content;
        }
    }
}
