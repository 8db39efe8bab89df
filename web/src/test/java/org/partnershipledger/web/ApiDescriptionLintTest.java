package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The committed API description (docs/openapi.json, kept equal to what the ledger serves by
 * {@link OpenApiTest}) passes Redocly CLI's recommended rules with no error: a linter nobody here wrote is
 * the judge. The CLI's version is pinned in web/package-lock.json and installed with {@code npm ci}. Without
 * npm the test is skipped on a developer's machine, but fails where {@code LEDGER_API_LINT=required} (CI
 * installs Node.js and npm).
 */
class ApiDescriptionLintTest {

    @Test
    void theApiDescriptionPassesRedoclysRecommendedRulesWithoutAnError() throws Exception {
        boolean npm = answers(List.of("npm", "--version")).exitCode() == 0;
        if (!npm) {
            assertThat(System.getenv("LEDGER_API_LINT"))
                    .as("npm is needed to lint the API description (LEDGER_API_LINT=required)")
                    .isNotEqualTo("required");
            assumeTrue(false, "npm is not installed: the API description is not linted");
        }

        Run install = answers(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
        assertThat(install.exitCode()).as(install.output()).isZero();
        Run lint = answers(List.of("npm", "run", "--silent", "lint"));

        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(lint.output()).contains("Woohoo! Your API description is valid");
    }

    private record Run(int exitCode, String output) {}

    private static Run answers(List<String> command) throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Path.of("").toAbsolutePath().toFile()) // the web module, where package.json is
                .redirectErrorStream(true);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process;
        try {
            process = builder.start();
        } catch (IOException notInstalled) {
            return new Run(-1, notInstalled.getMessage());
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                return new Run(-1, "timed out: " + output);
            }
            return new Run(process.exitValue(), output);
        } catch (IOException | InterruptedException failed) {
            process.destroyForcibly();
            if (failed instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            return new Run(-1, failed.getMessage());
        }
    }
}
