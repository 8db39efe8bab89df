package org.partnershipledger.web;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.person.PersonDetails;
import org.partnershipledger.core.person.RegisterPerson;
import org.partnershipledger.web.persons.PersonRegister;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the browser tests share: one running ledger on an embedded store of its own (one Spring context for
 * every browser test class, so each test names its own users and partnerships), and a browser to drive it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserAccounts users;

    @Autowired
    protected CommandGateway commands;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        String directory = Files.createTempDirectory("ledger-pages").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @Autowired
    protected PersonRegister register;

    /** Registers a person by name and waits until the register (a read model) shows them. */
    protected void registered(String person, String name) throws InterruptedException {
        commands.sendAndWait(new RegisterPerson(
                new PersonId(person), new PersonDetails(name, null, null, null), LocalDate.now(ZoneOffset.UTC)));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (register.find(person).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** A browser whose person prefers the given language ("da" or "en"). */
    protected Browser browser(String language) throws IOException {
        return Browser.open(port, language);
    }
}
