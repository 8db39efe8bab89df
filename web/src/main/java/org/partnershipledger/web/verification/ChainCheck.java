package org.partnershipledger.web.verification;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.partnershipledger.core.store.ChainVerification;
import org.partnershipledger.core.store.MongoEventStorageEngine;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.query.verification.PartnershipVerification;
import org.partnershipledger.query.verification.PartnershipVerification.Verdict;
import org.partnershipledger.web.store.StoreConfiguration;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar ledger.jar verify [--partnership ID]}: recomputes the hash chains from the stored
 * documents, with the store configured as for the ledger (and nothing else started), and exits 0 when
 * every chain is intact and every witnessed checkpoint is in its chain, 1 when not, 2 on a usage error.
 */
// Not a @Configuration, so the ledger's own component scan leaves it out.
@Import(StoreConfiguration.class)
public class ChainCheck {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int USAGE = 2;

    @Bean(destroyMethod = "shutDown")
    EmbeddedEventStore eventStore(MongoEventStorageEngine engine) {
        return EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    /** Each history is read once here, so none is kept. */
    @Bean
    PartnershipVerification partnershipVerification(
            com.mongodb.client.MongoDatabase database, EmbeddedEventStore eventStore) {
        return new PartnershipVerification(new ChainVerification(database), new PartnershipHistory(eventStore, 0));
    }

    /** Runs the check; {@code args} are those after {@code verify}, Spring's {@code --name=value} included. */
    public static int run(String[] args, PrintStream out) {
        String partnership = null;
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--partnership") && i + 1 < args.length) {
                partnership = args[++i];
            } else if (args[i].startsWith("--partnership=")) {
                partnership = args[i].substring("--partnership=".length());
            } else if (args[i].startsWith("--") && args[i].contains("=")) {
                settings.add(args[i]);
            } else {
                out.println("Usage: verify [--partnership ID] [--ledger.data-dir=DIR | --ledger.mongodb.uri=URI]");
                return USAGE;
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ChainCheck.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of("logging.level.root", "WARN"))
                .run(settings.toArray(String[]::new))) {
            PartnershipVerification verification = context.getBean(PartnershipVerification.class);
            List<Verdict> verdicts =
                    partnership == null ? verification.verifyAll() : List.of(verification.verify(partnership));
            if (partnership != null && verdicts.get(0).chain().eventCount() == 0) {
                out.println("No events are stored for partnership " + partnership);
                return USAGE;
            }
            verdicts.forEach(verdict -> out.println(describe(verdict)));
            long broken = verdicts.stream().filter(verdict -> !verdict.intact()).count();
            out.println(verdicts.size() + " chains verified, " + (broken == 0 ? "all intact" : broken + " broken"));
            return broken == 0 ? INTACT : BROKEN;
        }
    }

    static String describe(Verdict verdict) {
        ChainVerification.Report chain = verdict.chain();
        StringBuilder line = new StringBuilder(verdict.partnershipId()).append(": ");
        chain.firstBreak()
                .ifPresentOrElse(
                        broken -> line.append("BROKEN at event ")
                                .append(broken.sequenceNumber())
                                .append(broken.eventIdentifier() == null ? "" : " (" + broken.eventIdentifier() + ")")
                                .append(": ")
                                .append(broken.reason().description())
                                .append("; intact before it, head ")
                                .append(chain.headHash()),
                        () -> line.append("intact, ")
                                .append(chain.eventCount())
                                .append(" events, head ")
                                .append(chain.headHash()));
        verdict.checkpoint().ifPresent(checkpoint -> line.append(
                        checkpoint.inChain()
                                ? "; witnessed by every partner at "
                                : "; NOT IN CHAIN: the head every partner witnessed at ")
                .append(checkpoint.eventCount())
                .append(" events, ")
                .append(checkpoint.headHash()));
        return line.toString();
    }
}
