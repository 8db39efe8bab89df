package org.partnershipledger.web;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.store.MongoEventStorageEngine;
import org.partnershipledger.web.verification.ChainCheck;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code verify} on the command line: exit 0 for intact chains, 1 for a broken one, 2 for a usage error. */
class ChainCheckTest {

    private static final PartnershipId ID = new PartnershipId("aeldre-i-aarhus");

    private Path dataDirectory;

    @BeforeEach
    void storeAHistory() throws Exception {
        dataDirectory = Files.createTempDirectory("ledger-verify");
        Partner kommune = new Partner(new PartnerId("kommune"), "Aarhus Kommune", Sector.PUBLIC);
        Partner sport = new Partner(new PartnerId("sport"), "DGI", Sector.VOLUNTARY);
        LocalDate formed = LocalDate.of(2019, 9, 1);
        withStore(context -> context.getBean(MongoEventStorageEngine.class)
                .appendEvents(
                        new GenericDomainEventMessage<>(
                                "Partnership",
                                ID.value(),
                                0,
                                new PartnershipFormed(
                                        ID, "Ældre i Aarhus", "Less lonely", formed, List.of(kommune, sport))),
                        new GenericDomainEventMessage<>(
                                "Partnership",
                                ID.value(),
                                1,
                                new RepresentativeAppointed(
                                        ID, new PersonId("ole"), kommune.id(), Role.LEAD, formed))));
    }

    @Test
    void intactChainsExitWithZero() {
        Result all = verify();
        assertThat(all.exit()).isEqualTo(ChainCheck.INTACT);
        assertThat(all.output())
                .contains("aeldre-i-aarhus: intact, 2 events, head ")
                .contains("all intact");

        assertThat(verify("--partnership", ID.value()).exit()).isEqualTo(ChainCheck.INTACT);
    }

    @Test
    void anEditedEventExitsWithOneAndSaysWhereAndWhy() {
        withStore(context -> context.getBean(MongoDatabase.class)
                .getCollection("events")
                .updateOne(
                        and(eq("aggregateIdentifier", ID.value()), eq("sequenceNumber", 1)),
                        new Document("$set", new Document("payload.role", "SIGNATORY"))));

        Result result = verify("--partnership=" + ID.value());
        assertThat(result.exit()).isEqualTo(ChainCheck.BROKEN);
        assertThat(result.output()).contains("BROKEN at event 1").contains("content changed");
    }

    @Test
    void anUnknownPartnershipOrArgumentIsAUsageError() {
        assertThat(verify("--partnership", "nobody").exit()).isEqualTo(ChainCheck.USAGE);
        Result wrong = verify("--everything");
        assertThat(wrong.exit()).isEqualTo(ChainCheck.USAGE);
        assertThat(wrong.output()).contains("Usage: verify");
    }

    private void withStore(Consumer<ConfigurableApplicationContext> use) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ChainCheck.class)
                .web(WebApplicationType.NONE)
                .run(settings())) {
            use.accept(context);
        }
    }

    private String[] settings() {
        return new String[] {"--ledger.data-dir=" + dataDirectory, "--ledger.mongodb.uri="};
    }

    private record Result(int exit, String output) {}

    private Result verify(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(settings(), 0, all, args.length, 2);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = ChainCheck.run(all, new PrintStream(output, true, StandardCharsets.UTF_8));
        return new Result(exit, output.toString(StandardCharsets.UTF_8));
    }
}
