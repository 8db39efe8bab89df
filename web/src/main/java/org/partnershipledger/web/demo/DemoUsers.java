package org.partnershipledger.web.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;
import org.partnershipledger.web.demo.DemoLedger.Cast;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user for every person of the demo, so a newcomer can sign in as any of them. They share one random
 * password, told in the log and in a file only its owner can read: a demo must not open a ledger to
 * anyone who knows a fixed password.
 */
final class DemoUsers {

    static final String FILE = "demo-users.txt";
    static final String RESEARCHER = "jonas-bech";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccounts users;
    private final Path dataDirectory;

    DemoUsers(UserAccounts users, Path dataDirectory) {
        this.users = users;
        this.dataDirectory = dataDirectory;
    }

    /** A user linked to each person of the cast, the facilitator with that capacity, and a researcher. */
    void create(List<Cast> cast, PersonId facilitator) {
        String password = randomPassword();
        List<String> lines = new ArrayList<>();
        for (Cast member : cast) {
            Set<Capacity> capacities = member.person().equals(facilitator) ? Set.of(Capacity.FACILITATOR) : Set.of();
            create(member.username(), password, member.person(), capacities, member.part(), lines);
        }
        create(RESEARCHER, password, null, Set.of(Capacity.RESEARCHER), "a researcher (reads pseudonymised)", lines);
        Path file = dataDirectory.resolve(FILE);
        try {
            write(file, password, lines);
            log.warn(
                    "Demo: {} users share the password {} (usernames and who they are in {})",
                    lines.size(),
                    password,
                    file.toAbsolutePath());
        } catch (IOException e) {
            log.warn(
                    "Demo: {} users share the password {}; {} could not be written ({}):\n{}",
                    lines.size(),
                    password,
                    file.toAbsolutePath(),
                    e.getMessage(),
                    String.join("\n", lines));
        }
    }

    private void create(
            String username,
            String password,
            PersonId person,
            Set<Capacity> capacities,
            String part,
            List<String> lines) {
        try {
            users.create(username, password, person, capacities);
            lines.add(String.format("%-22s %s", username, part));
        } catch (RuleViolation taken) {
            log.warn("Demo: no user '{}' made ({})", username, taken.getMessage());
        }
    }

    private static void write(Path file, String password, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        String text = "The demo's users all have the password: " + password + "\n\n" + String.join("\n", lines) + "\n";
        Files.writeString(
                file,
                text,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    // 20 characters from 57 symbols, with no look-alikes, as the first administrator's.
    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
