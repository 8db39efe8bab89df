package org.partnershipledger.web.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.partnership.Partners;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.query.disclosure.Reader;
import org.partnershipledger.query.history.Participants;

/**
 * What the signed-in user may do in one partnership. Each check either passes or says why not. For a
 * partnership with no history there is nothing to protect: the checks pass and the ledger answers 404.
 */
public final class Standing {

    private final Actor actor;
    private final Participants participants;

    Standing(Actor actor, Participants participants) {
        this.actor = actor;
        this.participants = participants;
    }

    /** Partners speak through their own representatives: proposing a version, raising a conflict. */
    public void toSpeakFor(PartnerId partner) {
        if (unknown()) {
            return;
        }
        if (!represents(partner)) {
            throw refused("speakFor", "only a representative of partner " + partner + " acts for it", partner);
        }
    }

    /** A stance is given by the representative it names, for the partner they represent. */
    public void toSpeakForAs(PartnerId partner, PersonId by) {
        toActAs(by, "a stance");
        toSpeakFor(partner);
    }

    /** A checkpoint is witnessed by the representative it names, for the partner they represent. */
    public void toWitnessFor(PartnerId partner, PersonId witness) {
        toActAs(witness, "a checkpoint");
        toSpeakFor(partner);
    }

    /** A signature only by a signatory of that partner, in their own name. */
    public void toSignFor(PartnerId partner, PersonId signatory) {
        toActAs(signatory, "a signature");
        if (!unknown() && !represents(partner, Role.SIGNATORY)) {
            throw refused("signFor", "only a signatory of partner " + partner + " signs for it", partner);
        }
    }

    /**
     * A signature or stance a representative gave outside the ledger (on paper, in a letter or an e-mail) is
     * recorded by the partnership's secretary, or by a facilitator entering a history; in their own name, so
     * the record says who made it: theirs is the person returned.
     */
    public PersonId toRecordOnBehalf() {
        PersonId recorder = actor.person()
                .orElseThrow(
                        () -> refused("recordOnBehalfUnlinked", "a record made on someone's behalf names who made it"));
        if (unknown() || actor.has(Capacity.FACILITATOR)) {
            return recorder;
        }
        boolean secretary = representation()
                .map(Partners.Representation::roles)
                .filter(roles -> roles.contains(Role.SECRETARY))
                .isPresent();
        if (!secretary) {
            throw refused(
                    "recordOnBehalf",
                    "only the secretary or a facilitator records a signature or stance given outside the ledger");
        }
        return recorder;
    }

    /** A stance recorded for a partner is confirmed or contested by one of its representatives, in their own name. */
    public void toAnswerRecordedStanceFor(PartnerId partner, PersonId by) {
        toActAs(by, "a confirmation or contest of a recorded stance");
        toSpeakFor(partner);
    }

    /** Leaving commits the partner: its lead or a signatory gives the notice. */
    public void toWithdraw(PartnerId partner) {
        if (!unknown() && !represents(partner, Role.LEAD) && !represents(partner, Role.SIGNATORY)) {
            throw refused(
                    "withdraw", "only the lead or a signatory of partner " + partner + " gives its notice", partner);
        }
    }

    /** A partner names its own people; the facilitator does it when setting the partnership up. */
    public void toManageRepresentativesOf(PartnerId partner) {
        if (unknown() || actor.has(Capacity.FACILITATOR)) {
            return;
        }
        if (!represents(partner)) {
            throw refused(
                    "manageRepresentatives",
                    "only a representative of partner " + partner + " or a facilitator names its representatives",
                    partner);
        }
    }

    /** Replacing or removing a representative: their own partner's people, or a facilitator. */
    public void toManageRepresentative(PersonId person) {
        if (unknown() || actor.has(Capacity.FACILITATOR)) {
            return;
        }
        // Someone who represents nobody changes nothing here; the ledger answers that with its own rule.
        participants
                .representation(person)
                .map(Partners.Representation::partner)
                .ifPresent(this::toManageRepresentativesOf);
    }

    /** Meetings, minutes and what follows from adopted decisions: the secretary or the steering group. */
    public void toRecordMeetings() {
        if (unknown()) {
            return;
        }
        boolean inRole = representation()
                .map(Partners.Representation::roles)
                .filter(roles -> roles.contains(Role.SECRETARY) || roles.contains(Role.STEERING_GROUP))
                .isPresent();
        if (!inRole) {
            throw refused(
                    "recordMeetings",
                    "only the secretary or a steering-group member records meetings and their decisions");
        }
    }

    /** Steps of a conflict: the partners it is between, and its mediator. */
    public void toActOnConflict(ConflictId conflict) {
        if (unknown() || mayReadConflict(conflict)) {
            return;
        }
        throw refused(
                "actOnConflict",
                "only the partners of conflict " + conflict + " and its mediator record its steps",
                conflict);
    }

    /** A diary is written by its author, who must take part in the partnership. */
    public void toWriteDiaryAs(PersonId author) {
        toActAs(author, "a diary entry");
        if (!unknown() && representation().isEmpty()) {
            throw refused("writeDiary", "only a representative keeps a diary of this partnership");
        }
    }

    /** Whether the user sees a conflict's full history: its mediator and the partners it is between. */
    public boolean mayReadConflict(ConflictId conflict) {
        if (unknown()) {
            return false;
        }
        if (actor.person()
                .filter(person -> participants.mediates(person, conflict))
                .isPresent()) {
            return true;
        }
        Set<PartnerId> between = participants.involvedIn(conflict);
        return representation()
                .map(Partners.Representation::partner)
                .filter(between::contains)
                .isPresent();
    }

    /** Reading a partnership: whoever takes part in it, a facilitator, or a researcher (pseudonymised). */
    public void toRead() {
        if (unknown() || takesPart() || actor.has(Capacity.FACILITATOR) || actor.has(Capacity.RESEARCHER)) {
            return;
        }
        throw actor.has(Capacity.ADMINISTRATOR)
                ? refused(
                        "readAsAdministrator",
                        "administrators manage users; they read a partnership only if they take part in it")
                : refused(
                        "read",
                        "only those who take part in this partnership, its facilitators and researchers read it");
    }

    /** What the reader sees of the history ({@code query.disclosure}): a researcher only if nothing else. */
    public Reader reader() {
        PersonId person = actor.person().orElse(null);
        if (!takesPart() && !actor.has(Capacity.FACILITATOR) && actor.has(Capacity.RESEARCHER)) {
            return Reader.researcher(person);
        }
        boolean mediator =
                !unknown() && actor.person().filter(participants::isMediator).isPresent();
        Set<PartnerId> represents = representation()
                .map(representation -> Set.of(representation.partner()))
                .orElse(Set.of());
        return new Reader(person, false, represents, mediator);
    }

    private void toActAs(PersonId person, String what) {
        if (!actor.is(person)) {
            throw new AccessRefused(
                    "ownName",
                    "Refused: " + what + " is recorded only in your own name; you are " + Authority.describe(actor)
                            + ", the request names person " + person,
                    person);
        }
    }

    private boolean represents(PartnerId partner, Role... inRole) {
        return representation()
                .filter(representation -> representation.partner().equals(partner))
                .filter(representation -> representation.roles().containsAll(Arrays.asList(inRole)))
                .isPresent();
    }

    private Optional<Partners.Representation> representation() {
        return participants == null ? Optional.empty() : actor.person().flatMap(participants::representation);
    }

    // Represents or represented a partner here, or mediates.
    private boolean takesPart() {
        return !unknown()
                && actor.person()
                        .filter(person -> participants.isMember(person) || participants.isMediator(person))
                        .isPresent();
    }

    private boolean unknown() {
        return participants == null;
    }

    private AccessRefused refused(String key, String reason, Object... arguments) {
        return new AccessRefused(key, "Refused: " + reason + "; you are " + Authority.describe(actor), arguments);
    }
}
