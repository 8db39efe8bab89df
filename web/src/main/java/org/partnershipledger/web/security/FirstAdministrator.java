package org.partnershipledger.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ledger without users gets one administrator with a random password, told once in the log and in a
 * file under the data directory. There is never a fixed default password to forget to change.
 */
final class FirstAdministrator {

    static final String USERNAME = "admin";
    static final String PASSWORD_FILE = "initial-administrator-password.txt";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private FirstAdministrator() {}

    static void createIfNoUserExists(UserAccounts users, Path dataDirectory) {
        if (!users.none()) {
            return;
        }
        String password = randomPassword();
        try {
            users.create(USERNAME, password, null, Set.of(Capacity.ADMINISTRATOR));
        } catch (UserAccounts.UsernameTaken anotherNodeWasFirst) {
            return; // two nodes started at once on an empty store: the other one made it, and says so
        }
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        try {
            write(file, password);
            log.warn(
                    "Created the administrator '{}' with the password {} (also in {}); change it after signing in",
                    USERNAME,
                    password,
                    file.toAbsolutePath());
        } catch (IOException e) {
            log.warn(
                    "Created the administrator '{}' with the password {}; change it after signing in ({} could"
                            + " not be written: {})",
                    USERNAME,
                    password,
                    file.toAbsolutePath(),
                    e.getMessage());
        }
    }

    private static void write(Path file, String password) throws IOException {
        Files.createDirectories(file.getParent());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(
                file,
                password + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    // 20 characters from 57 symbols: about 117 bits, with no look-alikes (0/O, 1/l/I) for a person to type.
    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
