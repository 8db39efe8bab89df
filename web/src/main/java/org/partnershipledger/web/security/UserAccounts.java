package org.partnershipledger.web.security;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The ledger's users, in its own database ({@value #COLLECTION}), so the embedded default needs no
 * directory service. Passwords are stored as bcrypt hashes only. A person has at most one user, so what
 * a person did is never split between accounts. Every change of a user's person link is appended to
 * {@value #LINKS}, which is never updated or deleted from.
 */
public class UserAccounts {

    static final String COLLECTION = "users";
    static final String LINKS = "personLinks";
    /** Who made a change the ledger made on its own: at set-up, or when a person was erased. */
    public static final String THE_LEDGER = "the ledger";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    private static final int SHORTEST_PASSWORD = 12;
    // bcrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused instead.
    private static final int LONGEST_PASSWORD_BYTES = 72;

    private final MongoCollection<Document> users;
    private final MongoCollection<Document> links;
    private final PasswordEncoder passwords;

    public UserAccounts(MongoDatabase database, PasswordEncoder passwords) {
        this.users = database.getCollection(COLLECTION);
        this.links = database.getCollection(LINKS);
        this.passwords = passwords;
    }

    public Optional<UserAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(users.find(eq("_id", normalised(username))).first())
                .map(UserAccounts::account);
    }

    /** The user linked to the person, if any (a person has at most one). */
    public Optional<UserAccount> findByPerson(PersonId person) {
        return Optional.ofNullable(users.find(eq("person", person.value())).first())
                .map(UserAccounts::account);
    }

    public UserAccount require(String username) {
        return find(username).orElseThrow(() -> new UnknownUser(username));
    }

    public boolean none() {
        return users.find().limit(1).first() == null;
    }

    public List<UserAccount> all() {
        List<UserAccount> all = new ArrayList<>();
        users.find().forEach(document -> all.add(account(document)));
        all.sort(Comparator.comparing(UserAccount::username));
        return all;
    }

    /** A user made by the ledger itself (set-up, demo). */
    public UserAccount create(String username, String password, PersonId person, Set<Capacity> capacities) {
        return create(username, password, person, capacities, THE_LEDGER);
    }

    /** A user made by the user {@code by}; a link to a person is recorded as a change from none. */
    public UserAccount create(String username, String password, PersonId person, Set<Capacity> capacities, String by) {
        String name = requireUsername(username);
        requireFreePerson(person, name);
        Document document = new Document("_id", name)
                .append("passwordHash", passwords.encode(requirePassword(password)))
                .append("person", person == null ? null : person.value())
                .append("capacities", names(capacities))
                .append("createdAt", Date.from(Instant.now()));
        try {
            users.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new UsernameTaken(name);
            }
            throw e;
        }
        recordLinkChange(name, null, person, by);
        return account(document);
    }

    public void changePassword(String username, String password) {
        String hash = passwords.encode(requirePassword(password));
        update(username, Updates.set("passwordHash", hash));
    }

    /**
     * Links the user to the person they are in partnerships' histories, or unlinks them (null), as the user
     * {@code by} asked; the change is recorded with the person linked before.
     */
    public void link(String username, PersonId person, String by) {
        String name = normalised(username);
        requireFreePerson(person, name);
        Document before = users.findOneAndUpdate(
                eq("_id", name),
                Updates.set("person", person == null ? null : person.value()),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        if (before == null) {
            throw new UnknownUser(username);
        }
        String from = before.getString("person");
        recordLinkChange(name, from == null ? null : new PersonId(from), person, by);
    }

    /** Every change of the user's person link, oldest first. */
    public List<PersonLinkChange> linkChangesOf(String username) {
        return linkChanges(eq("username", normalised(username)));
    }

    /**
     * Every change of the user's own link, and every change that linked any user to the person or unlinked
     * one from them (without a person, only the former), oldest first.
     */
    public List<PersonLinkChange> linkChangesConcerning(String username, PersonId person) {
        Bson own = eq("username", normalised(username));
        return linkChanges(person == null ? own : or(own, eq("from", person.value()), eq("to", person.value())));
    }

    // Ids are ObjectIds, which grow with each insert: they keep the order of changes made in one millisecond.
    private List<PersonLinkChange> linkChanges(Bson filter) {
        List<PersonLinkChange> changes = new ArrayList<>();
        links.find(filter)
                .sort(Sorts.ascending("_id"))
                .forEach(document -> changes.add(new PersonLinkChange(
                        document.getString("username"),
                        document.getString("from"),
                        document.getString("to"),
                        document.getString("by"),
                        document.getDate("at").toInstant())));
        return changes;
    }

    private void recordLinkChange(String username, PersonId from, PersonId to, String by) {
        if (Objects.equals(from, to)) {
            return;
        }
        links.insertOne(new Document("username", username)
                .append("from", from == null ? null : from.value())
                .append("to", to == null ? null : to.value())
                .append("by", by)
                .append("at", Date.from(Instant.now())));
    }

    /** Whether any user is linked to the person. */
    public boolean anyLinkedTo(PersonId person) {
        return users.countDocuments(eq("person", person.value())) > 0;
    }

    /**
     * Closes the accounts of a person who was erased (their username may be their name); the last
     * administrator is kept, only unlinked, so somebody can still manage the ledger.
     */
    public void closeFor(PersonId person) {
        users.find(eq("person", person.value())).forEach(document -> {
            UserAccount account = account(document);
            if (isLastAdministrator(account)) {
                update(account.username(), Updates.set("person", null));
            } else {
                users.deleteOne(eq("_id", account.username()));
            }
            recordLinkChange(account.username(), person, null, THE_LEDGER);
        });
    }

    public void grant(String username, Set<Capacity> capacities) {
        if (!capacities.contains(Capacity.ADMINISTRATOR) && isLastAdministrator(require(username))) {
            throw new LastAdministrator(username);
        }
        update(username, Updates.set("capacities", names(capacities)));
    }

    // Without an administrator nobody could manage users again short of editing the database.
    private boolean isLastAdministrator(UserAccount account) {
        return account.capacities().contains(Capacity.ADMINISTRATOR)
                && users.countDocuments(eq("capacities", Capacity.ADMINISTRATOR.name())) == 1;
    }

    private void update(String username, Bson change) {
        if (users.updateOne(eq("_id", normalised(username)), change).getMatchedCount() == 0) {
            throw new UnknownUser(username);
        }
    }

    private void requireFreePerson(PersonId person, String username) {
        if (person == null) {
            return;
        }
        Document holder = users.find(eq("person", person.value())).first();
        if (holder != null && !holder.getString("_id").equals(username)) {
            throw new PersonAlreadyLinked(person, holder.getString("_id"));
        }
    }

    private static String requireUsername(String username) {
        String name = normalised(username);
        if (name == null || !USERNAME.matcher(name).matches()) {
            throw new InvalidValueException(
                    "username", "2 to 64 letters, digits or . _ @ -, starting with a letter or digit");
        }
        return name;
    }

    private static String requirePassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < SHORTEST_PASSWORD) {
            throw new InvalidValueException("password", "at least " + SHORTEST_PASSWORD + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_PASSWORD_BYTES) {
            throw new InvalidValueException("password", "at most " + LONGEST_PASSWORD_BYTES + " bytes in UTF-8");
        }
        return password;
    }

    private static String normalised(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> names(Set<Capacity> capacities) {
        return capacities.stream().map(Capacity::name).sorted().toList();
    }

    private static UserAccount account(Document document) {
        Set<Capacity> capacities = EnumSet.noneOf(Capacity.class);
        document.getList("capacities", String.class, List.of()).forEach(name -> capacities.add(Capacity.valueOf(name)));
        String person = document.getString("person");
        return new UserAccount(
                document.getString("_id"),
                document.getString("passwordHash"),
                person == null ? null : new PersonId(person),
                capacities);
    }

    /** No user of that name. */
    public static final class UnknownUser extends RuleViolation {
        UnknownUser(String username) {
            super("unknown-user", Kind.UNKNOWN, "There is no user '" + username + "'");
        }
    }

    /** The name is held by another user. */
    public static final class UsernameTaken extends RuleViolation {
        UsernameTaken(String username) {
            super("username-taken", Kind.CONFLICTING_STATE, "The username '" + username + "' is already taken");
        }
    }

    /** The last administrator keeps the capacity. */
    public static final class LastAdministrator extends RuleViolation {
        LastAdministrator(String username) {
            super(
                    "last-administrator",
                    Kind.CONFLICTING_STATE,
                    "'" + username + "' is the last administrator; make another user an administrator first");
        }
    }

    /** A person already has a user. */
    public static final class PersonAlreadyLinked extends RuleViolation {
        PersonAlreadyLinked(PersonId person, String username) {
            super(
                    "person-already-linked",
                    Kind.CONFLICTING_STATE,
                    "Person " + person + " is already linked to the user '" + username + "'");
        }
    }
}
