package org.partnershipledger.web.backup;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipledger.web.backup.BackupFolder.Manifest;
import org.partnershipledger.web.store.DataStore;
import org.partnershipledger.web.store.StoreConfiguration;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar ledger.jar export BACKUP_DIR} and {@code import BACKUP_DIR [--keys=FILE]}: the store
 * configured as for the ledger ({@code LEDGER_DATA_DIR} or {@code LEDGER_MONGODB_URI}), opened with nothing
 * else started. Exits 0 when done, 1 when refused (and says why), 2 on a usage error.
 */
// Not a @Configuration, so the ledger's own component scan leaves it out.
@Import(StoreConfiguration.class)
public class BackupCommand {

    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;

    /** Whether {@code command} is one of these, the first argument of the ledger's command line. */
    public static boolean names(String command) {
        return command.equals("export") || command.equals("import");
    }

    /** Runs {@code args[0]} ({@code export} or {@code import}); Spring's {@code --name=value} settings included. */
    public static int run(String[] args, PrintStream out) {
        String command = args.length > 0 ? args[0] : "";
        Path folder = null;
        Path keys = null;
        List<String> settings = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (command.equals("import") && args[i].equals("--keys") && i + 1 < args.length) {
                keys = Path.of(args[++i]);
            } else if (command.equals("import") && args[i].startsWith("--keys=")) {
                keys = Path.of(args[i].substring("--keys=".length()));
            } else if (args[i].startsWith("--") && args[i].contains("=")) {
                settings.add(args[i]);
            } else if (folder == null && !args[i].startsWith("--")) {
                folder = Path.of(args[i]);
            } else {
                folder = null;
                break;
            }
        }
        if (!names(command) || folder == null) {
            out.println("Usage: export BACKUP_DIR | import BACKUP_DIR [--keys=FILE]"
                    + " [--ledger.data-dir=DIR | --ledger.mongodb.uri=URI]");
            return USAGE;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BackupCommand.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // Only the store is opened: no event store, no processors, nothing that writes to it.
                .lazyInitialization(true)
                .properties(Map.of("logging.level.root", "WARN"))
                .run(settings.toArray(String[]::new))) {
            MongoDatabase database = context.getBean(MongoDatabase.class);
            if (command.equals("export")) {
                export(database, folder, out);
            } else {
                restore(database, context.getBean(DataStore.class), folder, keys, out);
            }
            return DONE;
        } catch (BackupRefused refused) {
            out.println("Refused: " + refused.getMessage());
            return REFUSED;
        } catch (IOException failed) {
            out.println("Failed: " + failed);
            return REFUSED;
        }
    }

    private static void export(MongoDatabase database, Path folder, PrintStream out) throws IOException {
        Manifest manifest = new BackupExport(database).into(folder);
        manifest.files().forEach(file -> out.println(folder.resolve(file.file()) + ": " + file.collections()));
        out.println(
                "Exported the ledger to " + folder + " (" + manifest.chains().size() + " hash chains). "
                        + BackupFolder.KEYS
                        + " holds the personal-data keys and the pseudonym secret: keep it apart from the rest.");
    }

    private static void restore(MongoDatabase database, DataStore store, Path folder, Path keys, PrintStream out)
            throws IOException {
        BackupImport.Loaded loaded = new BackupImport(database).from(folder, keys);
        store.awaitDurable();
        out.println("Imported " + loaded.collections() + "; " + loaded.chains()
                + " hash chains verify as they did when the backup was made."
                + " Read models are rebuilt from the events when the ledger starts.");
    }
}
