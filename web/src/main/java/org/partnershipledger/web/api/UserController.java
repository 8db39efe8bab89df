package org.partnershipledger.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.Actor;
import org.partnershipledger.web.security.Authority;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.UserAccount;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    UserController(UserAccounts users, Authority authority, PasswordEncoder passwords) {
        this.users = users;
        this.authority = authority;
        this.passwords = passwords;
    }

    /** A user as others see them: never with the password hash. */
    record UserView(String username, String person, Set<Capacity> capacities) {
        static UserView of(UserAccount account) {
            return new UserView(
                    account.username(),
                    account.person() == null ? null : account.person().value(),
                    account.capacities());
        }
    }

    record NewUserRequest(
            @NotBlank String username, @NotBlank String password, String person, Set<Capacity> capacities) {}

    record PasswordRequest(@NotBlank String password) {}

    record OwnPasswordRequest(@NotBlank String currentPassword, @NotBlank String newPassword) {}

    /** {@code person} null unlinks the user. */
    record PersonRequest(String person) {}

    record CapacitiesRequest(@NotNull Set<@NotNull Capacity> capacities) {}

    @GetMapping("/api/me")
    UserView me() {
        Actor actor = authority.actor();
        return new UserView(
                actor.username(), actor.person().map(PersonId::value).orElse(null), actor.capacities());
    }

    @PostMapping("/api/me/password")
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
        return users.all().stream().map(UserView::of).toList();
    }

    @GetMapping("/api/admin/users/{username}")
    UserView find(@PathVariable String username) {
        return UserView.of(users.require(username));
    }

    @PostMapping("/api/admin/users")
    ResponseEntity<UserView> create(@Valid @RequestBody NewUserRequest request) {
        UserAccount account = users.create(
                request.username(),
                request.password(),
                person(request.person()),
                request.capacities() == null ? Set.of() : request.capacities());
        return ResponseEntity.created(URI.create("/api/admin/users/" + account.username()))
                .body(UserView.of(account));
    }

    @PostMapping("/api/admin/users/{username}/password")
    ResponseEntity<Void> setPassword(@PathVariable String username, @Valid @RequestBody PasswordRequest request) {
        users.changePassword(username, request.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/users/{username}/person")
    ResponseEntity<Void> link(@PathVariable String username, @Valid @RequestBody PersonRequest request) {
        users.link(username, person(request.person()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/users/{username}/capacities")
    ResponseEntity<Void> grant(@PathVariable String username, @Valid @RequestBody CapacitiesRequest request) {
        users.grant(username, request.capacities());
        return ResponseEntity.noContent().build();
    }

    private static PersonId person(String person) {
        return person == null || person.isBlank() ? null : new PersonId(person);
    }
}
