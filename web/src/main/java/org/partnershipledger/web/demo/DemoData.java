package org.partnershipledger.web.demo;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.query.verification.PartnershipVerification;
import org.partnershipledger.web.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code --demo}: the three partnerships of the field reports and one equal-partnership programme, as they
 * unfolded, loaded into an empty ledger so a newcomer has meaningful history on every page. Real dates
 * and organisations, invented persons. Into a ledger that already holds a history it loads nothing, so
 * starting with {@code --demo} twice never duplicates it.
 */
@Component
@ConditionalOnProperty(name = "ledger.demo", havingValue = "true")
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CommandGateway commands;
    private final EventStore events;
    private final MongoDatabase database;
    private final PartnershipVerification verification;
    private final UserAccounts users;
    private final Path dataDirectory;

    DemoData(
            CommandGateway commands,
            EventStore events,
            MongoDatabase database,
            PartnershipVerification verification,
            UserAccounts users,
            @Value("${ledger.data-dir:./data}") Path dataDirectory) {
        this.commands = commands;
        this.events = events;
        this.database = database;
        this.verification = verification;
        this.users = users;
        this.dataDirectory = dataDirectory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        load();
    }

    /** Loads the demo when the ledger holds no history yet; returns whether it did. */
    public synchronized boolean load() {
        if (hasHistory()) {
            log.info("Demo: the ledger already holds a history, so the demo is not loaded");
            return false;
        }
        log.info("Demo: loading three partnerships and a programme of equal partnerships");
        DemoLedger ledger = new DemoLedger(commands);
        PersonId facilitator = ledger.person("hanne-lund", "the facilitator");
        ViolenceAgainstWomen violenceAgainstWomen = new ViolenceAgainstWomen(ledger, facilitator);
        violenceAgainstWomen.unfold();
        violenceAgainstWomen.witnessTheHistory(verification);
        new GreenlandersInEsbjerg(ledger, facilitator).unfold();
        new OlderPeopleInAarhus(ledger, facilitator).unfold();
        new EqualPartnershipProgramme(ledger, events, facilitator).unfold();
        ledger.registerEveryone(LocalDate.now(ZoneOffset.UTC));
        new DemoUsers(users, dataDirectory).create(ledger.cast(), facilitator);
        log.info("Demo: loaded");
        return true;
    }

    // The event store is the ledger's history; read models may still be catching up at start-up.
    private boolean hasHistory() {
        return database.getCollection("events").find().limit(1).first() != null;
    }
}
