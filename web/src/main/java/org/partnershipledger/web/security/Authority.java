package org.partnershipledger.web.security;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.Participants;
import org.partnershipledger.query.programme.ProgrammeView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may do what (README, "Who may do what"). Capacities come with the user; what a person may do in a
 * partnership follows from that partnership's own history, read from the event store as the command
 * handler will see it, so a representative appointed a moment ago may act at once. The command the
 * request then sends is decided on exactly the events the check saw ({@link CheckedVersions}).
 */
public class Authority {

    private final FoldedParticipants participants;
    private final CheckedVersions checked;

    public Authority(FoldedParticipants participants, CheckedVersions checked) {
        this.participants = participants;
        this.checked = checked;
    }

    /** The user the current request acts for. */
    public Actor actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LedgerUser user) {
            return user.actor();
        }
        throw new AccessRefused("signIn", "Sign in first");
    }

    /** Setting partnerships and programmes up is the independent facilitator's work. */
    public void toFacilitate() {
        require(Capacity.FACILITATOR, "facilitate", "only a facilitator sets partnerships and programmes up");
    }

    /** A facilitator who records something in their own name (an observation, a programme they run). */
    public void toFacilitateAs(PersonId person) {
        toFacilitate();
        Actor actor = actor();
        if (!actor.is(person)) {
            throw new AccessRefused(
                    "recordAs", "Refused: you record as " + describe(actor) + ", not as person " + person, person);
        }
    }

    /**
     * A programme is recorded in only by the facilitator who runs it: what another facilitator wrote there
     * (pairs, meetings, treatment relationships) would be in the running facilitator's name.
     */
    public void toRunProgramme(PersonId facilitator) {
        toFacilitate();
        Actor actor = actor();
        if (!actor.is(facilitator)) {
            throw new AccessRefused(
                    "runProgramme",
                    "Refused: only the programme's facilitator, person " + facilitator + ", records in it; you are "
                            + describe(actor),
                    facilitator);
        }
    }

    /**
     * A programme is read by the facilitator who runs it, and by the persons in its pairs, who see only their
     * own pair (the page decides that). Other facilitators run their own programmes.
     */
    /** The same, for a programme as its read model holds it: the API and the pages ask alike. */
    public void toReadProgramme(ProgrammeView programme) {
        toReadProgramme(
                new PersonId(programme.facilitator()),
                programme.pairs().stream()
                        .flatMap(pair -> Stream.of(pair.experienceExpert(), pair.strategicLeader()))
                        .map(PersonId::new)
                        .toList());
    }

    public void toReadProgramme(PersonId facilitator, Collection<PersonId> paired) {
        Actor actor = actor();
        boolean runsIt = actor.has(Capacity.FACILITATOR) && actor.is(facilitator);
        if (!runsIt && paired.stream().noneMatch(actor::is)) {
            throw new AccessRefused(
                    "readProgramme", "Refused: only the programme's facilitator and the persons in its pairs read it");
        }
    }

    /** The actor's standing in one partnership, from its history as recorded so far. */
    public Standing in(String partnershipId) {
        Actor actor = actor();
        return participants
                .of(partnershipId)
                .map(fold -> {
                    checked.saw(partnershipId, fold.version());
                    return new Standing(actor, fold.participants());
                })
                .orElseGet(() -> new Standing(actor, null));
    }

    /** The same, from a history the caller has already read in full. */
    public Standing in(String partnershipId, List<HistoryEvent> history) {
        Actor actor = actor();
        if (history.isEmpty()) {
            return new Standing(actor, null);
        }
        checked.saw(partnershipId, history.get(history.size() - 1).sequence());
        return new Standing(actor, Participants.of(history));
    }

    private void require(Capacity capacity, String key, String reason) {
        if (!actor().has(capacity)) {
            throw new AccessRefused(key, "Refused: " + reason);
        }
    }

    static String describe(Actor actor) {
        return actor.person().map(person -> "person " + person).orElse("a user linked to no person");
    }
}
