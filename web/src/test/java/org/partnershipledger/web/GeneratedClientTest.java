package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.partnershipledger.client.ApiClient;
import org.partnershipledger.client.ApiResponse;
import org.partnershipledger.client.api.AgreementControllerApi;
import org.partnershipledger.client.api.AgreementVersionsControllerApi;
import org.partnershipledger.client.api.ConflictControllerApi;
import org.partnershipledger.client.api.ConflictHistoryControllerApi;
import org.partnershipledger.client.api.DecisionControllerApi;
import org.partnershipledger.client.api.ExportControllerApi;
import org.partnershipledger.client.api.MeetingsControllerApi;
import org.partnershipledger.client.api.PartnerControllerApi;
import org.partnershipledger.client.api.PartnershipControllerApi;
import org.partnershipledger.client.api.PersonControllerApi;
import org.partnershipledger.client.api.ProposalsControllerApi;
import org.partnershipledger.client.api.RepresentativesControllerApi;
import org.partnershipledger.client.api.UserControllerApi;
import org.partnershipledger.client.model.AgreementContent;
import org.partnershipledger.client.model.AgreementProposalRequest;
import org.partnershipledger.client.model.AppointmentRequest;
import org.partnershipledger.client.model.AttendeeRequest;
import org.partnershipledger.client.model.Background;
import org.partnershipledger.client.model.Budget;
import org.partnershipledger.client.model.Capacity;
import org.partnershipledger.client.model.ChangesAndExit;
import org.partnershipledger.client.model.ConflictCategory;
import org.partnershipledger.client.model.ConflictView;
import org.partnershipledger.client.model.ContentAndQuality;
import org.partnershipledger.client.model.DetailsRequest;
import org.partnershipledger.client.model.DialogueAndConflictHandling;
import org.partnershipledger.client.model.EscalationRequest;
import org.partnershipledger.client.model.EvaluationAndAnchoring;
import org.partnershipledger.client.model.FormPartnershipRequest;
import org.partnershipledger.client.model.Goals;
import org.partnershipledger.client.model.Governance;
import org.partnershipledger.client.model.Information;
import org.partnershipledger.client.model.Mediator;
import org.partnershipledger.client.model.MeetingKind;
import org.partnershipledger.client.model.MeetingProposalRequest;
import org.partnershipledger.client.model.MeetingReference;
import org.partnershipledger.client.model.MeetingRequest;
import org.partnershipledger.client.model.NamedAgreementVersionView;
import org.partnershipledger.client.model.NamedDecisionView;
import org.partnershipledger.client.model.NamedMeetingView;
import org.partnershipledger.client.model.NewUserRequest;
import org.partnershipledger.client.model.NoteRequest;
import org.partnershipledger.client.model.Organisation;
import org.partnershipledger.client.model.PartnerOnRecord;
import org.partnershipledger.client.model.PartnerRecord;
import org.partnershipledger.client.model.PartnerRequest;
import org.partnershipledger.client.model.PartnerStrengths;
import org.partnershipledger.client.model.PartnerWithdrawalRequest;
import org.partnershipledger.client.model.PartnershipOnDate;
import org.partnershipledger.client.model.PartnershipReference;
import org.partnershipledger.client.model.Phase;
import org.partnershipledger.client.model.Plan;
import org.partnershipledger.client.model.RaiseRequest;
import org.partnershipledger.client.model.ResolutionRequest;
import org.partnershipledger.client.model.Responsibility;
import org.partnershipledger.client.model.Role;
import org.partnershipledger.client.model.Sector;
import org.partnershipledger.client.model.SignatureRequest;
import org.partnershipledger.client.model.Stance;
import org.partnershipledger.client.model.StanceRequest;
import org.partnershipledger.client.model.Term;
import org.partnershipledger.client.model.VersionReference;
import org.partnershipledger.client.model.WrittenStanceRequest;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An outside system drives a whole partnership through a client generated at build time from the published
 * description (docs/openapi.json), with its generated classes only: no JSON written by hand. Every
 * {@code Location} the ledger answers is followed with a GET and answers 200.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeneratedClientTest {

    private static final String PASSWORD = "a password for the generated client";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    /** Every Location answered, with the client of the user who recorded what it points to. */
    private final List<Answered> locations = new ArrayList<>();

    private record Answered(String location, ApiClient reader) {}

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-generated-client").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @Test
    void aGeneratedClientDrivesAPartnershipFromFormingToExportAndEveryLocationLeadsToAResource() throws Exception {
        users.create("client-admin", PASSWORD, null, Set.of(org.partnershipledger.web.security.Capacity.ADMINISTRATOR));
        ApiClient admin = signedIn("client-admin");

        // The administrator makes the facilitator's user; the facilitator registers the people.
        created(
                admin,
                new UserControllerApi(admin)
                        .userCreateWithHttpInfo(
                                new NewUserRequest()
                                        .username("sofie")
                                        .password(PASSWORD)
                                        .person("sofie")
                                        .capacities(Set.of(Capacity.FACILITATOR)),
                                null));
        ApiClient facilitator = signedIn("sofie");
        PersonControllerApi persons = new PersonControllerApi(facilitator);
        for (String[] person : new String[][] {{"anne", "Anne Holm"}, {"mads", "Mads Berg"}, {"lise", "Lise Mægler"}}) {
            created(
                    facilitator,
                    persons.personRegisterPersonWithHttpInfo(
                            new DetailsRequest().id(person[0]).name(person[1]), null));
            created(
                    admin,
                    new UserControllerApi(admin)
                            .userCreateWithHttpInfo(
                                    new NewUserRequest()
                                            .username(person[0])
                                            .password(PASSWORD)
                                            .person(person[0])
                                            .capacities(Set.of()),
                                    null));
        }
        ApiClient anne = signedIn("anne");
        ApiClient mads = signedIn("mads");
        ApiClient lise = signedIn("lise");

        // Formed by the facilitator, who appoints each partner's people.
        ApiResponse<PartnershipReference> formed = new PartnershipControllerApi(facilitator)
                .partnershipFormWithHttpInfo(
                        new FormPartnershipRequest()
                                .name("Tryghed i Valby")
                                .purpose("Safer evenings")
                                .occurredOn(LocalDate.of(2023, 1, 10))
                                .partners(List.of(
                                        new PartnerRequest()
                                                .name("Valby Borgerforening")
                                                .sector(Sector.VOLUNTARY),
                                        new PartnerRequest()
                                                .name("Københavns Kommune")
                                                .sector(Sector.PUBLIC))),
                        null);
        created(facilitator, formed);
        String partnership = formed.getData().getId();
        PartnershipOnDate state = new PartnershipControllerApi(facilitator).partnershipFind(partnership, null, null);
        String ngo = state.getPartners().get(0).getId();
        String municipality = state.getPartners().get(1).getId();
        PartnerControllerApi appointments = new PartnerControllerApi(facilitator);
        for (Object[] appointment : new Object[][] {
            {"anne", ngo, Role.SIGNATORY}, {"anne", ngo, Role.SECRETARY}, {"mads", municipality, Role.SIGNATORY}
        }) {
            created(
                    facilitator,
                    appointments.partnerAppointWithHttpInfo(
                            partnership,
                            new AppointmentRequest()
                                    .person((String) appointment[0])
                                    .partner((String) appointment[1])
                                    .role((Role) appointment[2])
                                    .occurredOn(LocalDate.of(2023, 1, 15)),
                            null));
        }
        assertThat(new RepresentativesControllerApi(anne).representativesList(partnership, null, null))
                .extracting(representative -> representative.getPerson())
                .containsExactly("anne", "mads");

        // The association proposes the agreement; each signatory reads it, then signs the hash they read.
        ApiResponse<VersionReference> proposed = new AgreementControllerApi(anne)
                .agreementProposeWithHttpInfo(
                        partnership,
                        new AgreementProposalRequest()
                                .proposedBy(ngo)
                                .occurredOn(LocalDate.of(2023, 3, 1))
                                .content(agreement(ngo)),
                        null);
        created(anne, proposed);
        int version = proposed.getData().getVersion();
        for (String[] signatory : new String[][] {{"anne", ngo}, {"mads", municipality}}) {
            ApiClient client = signatory[0].equals("anne") ? anne : mads;
            NamedAgreementVersionView read =
                    new AgreementVersionsControllerApi(client).agreementVersionsFind(partnership, version, null, null);
            assertThat(read.getContent().getGoals().getGoals()).containsExactly("Safer evenings");
            created(
                    client,
                    new AgreementControllerApi(client)
                            .agreementSignWithHttpInfo(
                                    partnership,
                                    version,
                                    new SignatureRequest()
                                            .partner(signatory[1])
                                            .contentHash(read.getContentHash())
                                            .signatory(signatory[0])
                                            .occurredOn(LocalDate.of(2023, 3, 10)),
                                    null));
        }
        NamedAgreementVersionView signed =
                new AgreementVersionsControllerApi(anne).agreementVersionsFind(partnership, version, null, null);
        assertThat(signed.getSignatures()).extracting(s -> s.getSignatory()).containsExactly("anne", "mads");
        assertThat(signed.getTookEffectOn()).isEqualTo(LocalDate.of(2023, 3, 10));

        // A steering-group meeting decides one proposal; the municipality answers the other in writing.
        ApiResponse<MeetingReference> meeting = new DecisionControllerApi(anne)
                .decisionRecordMeetingWithHttpInfo(
                        partnership,
                        new MeetingRequest()
                                .kind(MeetingKind.STEERING_GROUP)
                                .occurredOn(LocalDate.of(2023, 4, 1))
                                .agenda(List.of("Evening walks", "Lighting"))
                                .minutes("Walks agreed; lighting to be answered in writing")
                                .attendees(List.of(
                                        new AttendeeRequest().person("anne").represents(ngo),
                                        new AttendeeRequest().person("mads").represents(municipality)))
                                .proposals(List.of(
                                        new MeetingProposalRequest()
                                                .text("Walk every Friday")
                                                .proposedBy(ngo)
                                                .stances(List.of(
                                                        stance(ngo, "anne", Stance.CONSENT),
                                                        stance(municipality, "mads", Stance.CONSENT))),
                                        new MeetingProposalRequest()
                                                .text("Brighter lamps on the path")
                                                .proposedBy(ngo)
                                                .stances(List.of(stance(ngo, "anne", Stance.CONSENT))))),
                        null);
        created(anne, meeting);
        String lighting = meeting.getData().getProposalIds().get(1);
        created(
                mads,
                new DecisionControllerApi(mads)
                        .decisionRecordStanceWithHttpInfo(
                                partnership,
                                lighting,
                                new WrittenStanceRequest()
                                        .partner(municipality)
                                        .givenBy("mads")
                                        .stance(Stance.CONSENT)
                                        .reason("Within this year's budget")
                                        .reasonPersonal(false)
                                        .occurredOn(LocalDate.of(2023, 4, 10)),
                                null));
        NamedMeetingView held = new MeetingsControllerApi(mads)
                .meetingsFind(partnership, meeting.getData().getMeetingId(), null, null);
        assertThat(held.getAttendees()).extracting(a -> a.getPerson()).containsExactly("anne", "mads");
        NamedDecisionView decided = new ProposalsControllerApi(mads).proposalsFind(partnership, lighting, null, null);
        assertThat(decided.getOutcome()).isEqualTo("ADOPTED");

        // The association raises a conflict; escalated to the agreement's mediator, who mediates it to a
        // resolution both partners consent to.
        ConflictControllerApi conflicts = new ConflictControllerApi(anne);
        ApiResponse<Void> raised = conflicts.conflictRaiseWithHttpInfo(
                partnership,
                new RaiseRequest()
                        .raisedBy(ngo)
                        .concerning(List.of(municipality))
                        .topic("Lighting")
                        .category(ConflictCategory.COMMUNICATION)
                        .description("The lamps were promised in spring")
                        .occurredOn(LocalDate.of(2023, 5, 1)),
                null);
        created(anne, raised);
        String location = raised.getHeaders().get("Location").get(0);
        String conflict = location.substring(location.lastIndexOf('/') + 1);
        conflicts.conflictEscalate(
                partnership, conflict, new EscalationRequest().occurredOn(LocalDate.of(2023, 5, 10)), null);
        new ConflictControllerApi(lise)
                .conflictRecordMediationSession(
                        partnership,
                        conflict,
                        new NoteRequest().note("Both heard").occurredOn(LocalDate.of(2023, 5, 20)),
                        null);
        new ConflictControllerApi(lise)
                .conflictResolve(
                        partnership,
                        conflict,
                        new ResolutionRequest()
                                .resolution("The lamps come in June")
                                .consentedBy(new LinkedHashSet<>(List.of(ngo, municipality)))
                                .occurredOn(LocalDate.of(2023, 5, 25)),
                        null);
        ConflictView resolved = new ConflictHistoryControllerApi(lise)
                .conflictHistoryPartnershipConflict(partnership, conflict, null, null);
        assertThat(resolved.getState()).isEqualTo("RESOLVED");
        assertThat(resolved.getSteps())
                .extracting(step -> step.getKind())
                .containsExactly("RAISED", "ESCALATED", "MEDIATION_SESSION", "RESOLVED");

        // The municipality gives notice; the partnership's record says when it leaves.
        created(
                mads,
                new PartnerControllerApi(mads)
                        .partnerWithdrawWithHttpInfo(
                                partnership,
                                new PartnerWithdrawalRequest()
                                        .partner(municipality)
                                        .reason("Reorganised")
                                        .occurredOn(LocalDate.of(2023, 7, 1)),
                                null));
        PartnerRecord leaving =
                new PartnershipControllerApi(anne).partnershipPartner(partnership, municipality, null, null);
        assertThat(leaving.getLeavesOn()).isEqualTo(LocalDate.of(2023, 10, 1));

        // The history leaves the ledger as an export.
        File export = new ExportControllerApi(anne).exportEvents(partnership);
        try (ZipFile zip = new ZipFile(export)) {
            assertThat(zip.size()).isGreaterThanOrEqualTo(2);
        }
        assertThat(new PartnershipControllerApi(anne)
                        .partnershipFind(partnership, null, null)
                        .getFormerPartners())
                .extracting(PartnerOnRecord::getId)
                .containsExactly(municipality);

        assertThat(locations).hasSize(18);
        for (Answered answered : locations) {
            assertThat(followed(answered)).as(answered.location()).isEqualTo(200);
        }
    }

    private static StanceRequest stance(String partner, String by, Stance stance) {
        return new StanceRequest().partner(partner).givenBy(by).stance(stance).reasonPersonal(false);
    }

    private void created(ApiClient reader, ApiResponse<?> response) {
        assertThat(response.getStatusCode()).isEqualTo(201);
        List<String> location = response.getHeaders().get("Location");
        assertThat(location).as("Location").hasSize(1);
        locations.add(new Answered(location.get(0), reader));
    }

    /**
     * A GET of a Location with the generated client's own HTTP client and sign-in. Read models such as the
     * person register are projected asynchronously, so a 404 is tried again for a while.
     */
    private int followed(Answered answered) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(answered.reader().getBaseUri() + answered.location()))
                    .GET();
            answered.reader().getRequestInterceptor().accept(request);
            int status = answered.reader()
                    .getHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status != 404 || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(50);
        }
    }

    private ApiClient signedIn(String username) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        String credentials = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes());
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }

    private static AgreementContent agreement(String ngo) {
        return new AgreementContent()
                .background(new Background()
                        .problem("Evenings feel unsafe")
                        .strengths(List.of(new PartnerStrengths().partnerId(ngo).strengths("Volunteers"))))
                .goals(new Goals().goals(List.of("Safer evenings")).successCriteria(List.of("Fewer reports")))
                .contentAndQuality(
                        new ContentAndQuality().activity("Evening walks").qualityRequirements("Two walkers"))
                .organisation(new Organisation()
                        .rightsAndDuties("Each partner keeps its autonomy")
                        .responsibilities(
                                List.of(new Responsibility().partnerId(ngo).text("Secretary")))
                        .governance(new Governance()
                                .steeringGroupCadence("4 times a year")
                                .workingGroupCadence("monthly"))
                        .information(
                                new Information().internal("Minutes to all").external("Together")))
                .dialogue(new DialogueAndConflictHandling()
                        .rules("Raised at the next meeting")
                        .mediator(new Mediator()
                                .name("Lise Mægler")
                                .organisation("")
                                .person("lise")))
                .plan(new Plan()
                        .phases(List.of(new Phase()
                                .name("Walks")
                                .startsOn(LocalDate.of(2023, 4, 1))
                                .endsOn(LocalDate.of(2023, 12, 31)))))
                .budget(new Budget()
                        .financing("Each partner funds its own part")
                        .moneyExchanged(false))
                .changes(new ChangesAndExit()
                        .amendment("Only in agreement")
                        .withdrawal("Three months' notice")
                        .noticePeriod("P3M"))
                .riskAssessment("Volunteers may tire")
                .evaluation(new EvaluationAndAnchoring()
                        .method("Report")
                        .measurementPoints(List.of("Two"))
                        .anchoring("Valby"))
                .term(new Term().startsOn(LocalDate.of(2023, 3, 1)).endsOn(LocalDate.of(2024, 12, 31)))
                .accession(List.of());
    }
}
