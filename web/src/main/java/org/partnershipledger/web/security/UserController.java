package org.partnershipledger.web.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.web.api.IdText;
import org.partnershipledger.web.persons.PersonNames;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users and their links to persons. Administrators manage them (the paths under {@code /api/admin} are
 * theirs alone); every user reads who they are and changes their own password.
 */
@RestController
class UserController {

    private final UserAccounts users;
    private final Authority authority;
    private final PasswordEncoder passwords;
    private final FacilitatorIndependence independence;
    private final PersonNames names;

    UserController(
            UserAccounts users,
            Authority authority,
            PasswordEncoder passwords,
            FacilitatorIndependence independence,
            PersonNames names) {
        this.users = users;
        this.authority = authority;
        this.passwords = passwords;
        this.independence = independence;
        this.names = names;
    }

    /** A user as others see them: never with the password hash; the person's name beside their id. */
    record UserView(
            String username,
            String person,
            Set<Capacity> capacities,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = PersonNames.DESCRIPTION)
                    Map<String, String> names) {

        static UserView of(UserAccount account, PersonNames.Known known) {
            String person = account.person() == null ? null : account.person().value();
            return new UserView(account.username(), person, account.capacities(), known.of(persons(person)));
        }
    }

    record NewUserRequest(
            @NotBlank String username, @NotBlank String password, @IdText String person, Set<Capacity> capacities) {}

    record PasswordRequest(@NotBlank String password) {}

    record OwnPasswordRequest(@NotBlank String currentPassword, @NotBlank String newPassword) {}

    /** {@code person} null unlinks the user. */
    record PersonRequest(@IdText String person) {}

    record CapacitiesRequest(@NotNull Set<@NotNull Capacity> capacities) {}

    @GetMapping("/api/me")
    UserView me() {
        Actor actor = authority.actor();
        String person = actor.person().map(PersonId::value).orElse(null);
        return new UserView(
                actor.username(),
                person,
                actor.capacities(),
                names.of(persons(person)).of(persons(person)));
    }

    /**
     * Every change that linked a user to the caller's person or unlinked one from it, and every change of the
     * caller's own link: a person sees who was made to act as them, by whom and when.
     */
    @GetMapping("/api/me/person-links")
    List<PersonNames.Named<PersonLinkChange>> myPersonLinks() {
        Actor actor = authority.actor();
        return named(
                users.linkChangesConcerning(actor.username(), actor.person().orElse(null)));
    }

    @PostMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody OwnPasswordRequest request) {
        UserAccount account = users.require(authority.actor().username());
        if (account.passwordHash() == null || !passwords.matches(request.currentPassword(), account.passwordHash())) {
            throw new AccessRefused("Refused: the current password is not correct");
        }
        users.changePassword(account.username(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/admin/users")
    List<UserView> list() {
        List<UserAccount> all = users.all();
        PersonNames.Known known = names.of(all.stream()
                .map(UserAccount::person)
                .filter(Objects::nonNull)
                .map(PersonId::value)
                .toList());
        return all.stream().map(account -> UserView.of(account, known)).toList();
    }

    @GetMapping("/api/admin/users/{username}")
    UserView find(@PathVariable String username) {
        return view(users.require(username));
    }

    @GetMapping("/api/admin/users/{username}/person-links")
    List<PersonNames.Named<PersonLinkChange>> personLinks(@PathVariable String username) {
        return named(users.linkChangesOf(users.require(username).username()));
    }

    @PostMapping("/api/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<UserView> create(@Valid @RequestBody NewUserRequest request) {
        Set<Capacity> capacities = request.capacities() == null ? Set.of() : request.capacities();
        PersonId person = person(request.person());
        if (capacities.contains(Capacity.FACILITATOR)) {
            independence.toFacilitateAs(person);
        }
        UserAccount account = users.create(
                request.username(),
                request.password(),
                person,
                capacities,
                authority.actor().username());
        return ResponseEntity.created(URI.create("/api/admin/users/" + account.username()))
                .body(view(account));
    }

    @PostMapping("/api/admin/users/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> setPassword(@PathVariable String username, @Valid @RequestBody PasswordRequest request) {
        users.changePassword(username, request.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/users/{username}/person")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> link(@PathVariable String username, @Valid @RequestBody PersonRequest request) {
        UserAccount account = users.require(username);
        PersonId person = person(request.person());
        Actor actor = authority.actor();
        // Administrators never act for a partner: linking their own user to a person would let them.
        if (person != null && account.username().equals(actor.username())) {
            throw new AccessRefused(
                    "ownPersonLink",
                    "Refused: an administrator does not link their own user to a person; you are '" + actor.username()
                            + "'");
        }
        if (account.capacities().contains(Capacity.FACILITATOR)) {
            independence.toFacilitateAs(person);
        }
        users.link(account.username(), person, actor.username());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/users/{username}/capacities")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> grant(@PathVariable String username, @Valid @RequestBody CapacitiesRequest request) {
        UserAccount account = users.require(username);
        if (request.capacities().contains(Capacity.FACILITATOR)
                && !account.capacities().contains(Capacity.FACILITATOR)) {
            independence.toFacilitateAs(account.person());
        }
        users.grant(username, request.capacities());
        return ResponseEntity.noContent().build();
    }

    private UserView view(UserAccount account) {
        List<String> person =
                account.person() == null ? List.of() : List.of(account.person().value());
        return UserView.of(account, names.of(person));
    }

    /** Each change with the names of the persons it links from and to. */
    private List<PersonNames.Named<PersonLinkChange>> named(List<PersonLinkChange> changes) {
        PersonNames.Known known = names.of(
                changes.stream().flatMap(change -> persons(change).stream()).toList());
        return changes.stream()
                .map(change -> known.beside(change, persons(change)))
                .toList();
    }

    private static List<String> persons(PersonLinkChange change) {
        return Stream.of(change.from(), change.to())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static List<String> persons(String person) {
        return person == null ? List.of() : List.of(person);
    }

    private static PersonId person(String person) {
        return person == null || person.isBlank() ? null : new PersonId(person);
    }
}
