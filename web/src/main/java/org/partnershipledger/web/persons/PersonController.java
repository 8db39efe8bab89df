package org.partnershipledger.web.persons;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;
import org.partnershipledger.core.person.CorrectPersonDetails;
import org.partnershipledger.core.person.PersonDetails;
import org.partnershipledger.core.person.RegisterPerson;
import org.partnershipledger.query.person.PersonView;
import org.partnershipledger.web.api.IdText;
import org.partnershipledger.web.api.NotInTheFuture;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of persons: facilitators and administrators register persons (who get an opaque id), a
 * person corrects their own details, and names are read only by those who may know who someone is.
 */
@RestController
@RequestMapping(PersonController.PATH)
class PersonController {

    static final String PATH = "/api/persons";

    private final CommandGateway commands;
    private final PersonReading reading;
    private final PersonRegister register;

    PersonController(CommandGateway commands, PersonReading reading, PersonRegister register) {
        this.commands = commands;
        this.reading = reading;
        this.register = register;
    }

    /**
     * {@code occurredOn} defaults to today: a register entry is about now, not about a partnership's past.
     * {@code id} names a person histories already know by an older id; a new person gets an opaque one.
     */
    record DetailsRequest(
            @IdText String id,
            @NotBlank String name,
            String email,
            String phone,
            String organisation,
            @NotInTheFuture LocalDate occurredOn) {

        PersonDetails details() {
            return new PersonDetails(name, email, phone, organisation);
        }

        LocalDate day() {
            return occurredOn == null ? LocalDate.now(ZoneOffset.UTC) : occurredOn;
        }
    }

    /** A person as the reader may see them: contact details only for whom may reach them, else null. */
    record PersonResponse(String id, String name, String organisation, String email, String phone, boolean erased) {}

    record PersonReference(String id) {}

    static final class UnknownPerson extends RuleViolation {
        UnknownPerson(String person) {
            super("unknown-person", Kind.UNKNOWN, "The register holds no person " + person);
        }
    }

    static final class AlreadyRegistered extends RuleViolation {
        AlreadyRegistered(String person) {
            super(
                    "person-already-registered",
                    Kind.CONFLICTING_STATE,
                    "Person " + person + " is registered already; correct their details instead");
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PersonReference> registerPerson(@Valid @RequestBody DetailsRequest request) {
        reading.toRegister();
        PersonId personId = request.id() == null ? PersonId.generate() : new PersonId(request.id());
        if (request.id() != null && register.find(request.id()).isPresent()) {
            throw new AlreadyRegistered(request.id());
        }
        commands.sendAndWait(new RegisterPerson(personId, request.details(), request.day()));
        return ResponseEntity.created(URI.create(PATH + "/" + personId.value()))
                .body(new PersonReference(personId.value()));
    }

    @GetMapping
    List<PersonResponse> list() {
        if (reading.readsEveryone()) {
            return register.all().stream().map(this::response).toList();
        }
        reading.toReadNames();
        Set<String> known = reading.known().stream().map(PersonId::value).collect(Collectors.toSet());
        return register.all().stream()
                .filter(person -> known.contains(person.id()))
                .map(this::response)
                .toList();
    }

    @GetMapping("/{personId}")
    PersonResponse read(@PathVariable String personId) {
        reading.toKnow(new PersonId(personId));
        return register.find(personId).map(this::response).orElseThrow(() -> new UnknownPerson(personId));
    }

    @PostMapping("/{personId}/details")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> correct(@PathVariable String personId, @Valid @RequestBody DetailsRequest request) {
        PersonId person = new PersonId(personId);
        reading.toCorrect(person);
        commands.sendAndWait(new CorrectPersonDetails(person, request.details(), request.day()));
        return ResponseEntity.noContent().build();
    }

    private PersonResponse response(PersonView person) {
        boolean reach = !person.erased() && reading.readsContactDetailsOf(new PersonId(person.id()));
        return new PersonResponse(
                person.id(),
                person.name(),
                person.organisation(),
                reach ? person.email() : null,
                reach ? person.phone() : null,
                person.erased());
    }
}
