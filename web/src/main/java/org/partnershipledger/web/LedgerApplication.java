package org.partnershipledger.web;

import java.util.Arrays;
import org.partnershipledger.web.backup.BackupCommand;
import org.partnershipledger.web.verification.ChainCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(exclude = MongoAutoConfiguration.class)
@EnableScheduling
public class LedgerApplication {

    public static void main(String[] args) {
        // Axon 4.13 reports to its vendor unless told not to; the ledger never calls home.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(ChainCheck.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && BackupCommand.names(args[0])) {
            System.exit(BackupCommand.run(args, System.out));
        }
        try {
            SpringApplication.run(LedgerApplication.class, withDemoFlag(args));
        } catch (Throwable failed) {
            // Spring has logged why; leave no JVM running behind a failed start.
            System.exit(1);
        }
    }

    /** {@code --demo} is short for {@code --ledger.demo=true} (see web.demo.DemoData). */
    static String[] withDemoFlag(String[] args) {
        return Arrays.stream(args)
                .map(arg -> arg.equals("--demo") ? "--ledger.demo=true" : arg)
                .toArray(String[]::new);
    }
}
