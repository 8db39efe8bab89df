package org.partnershipledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.MediatorRef;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.Partners;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.RepresentativeRemoved;
import org.partnershipledger.core.partnership.RepresentativeReplaced;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.Participants;

/**
 * The participants an authority check decides on, folded a few events at a time and kept, answer every
 * question as a fold of the whole history up to the same event would; for any history, read at any
 * moment, by any number of requests at once; and only so many partnerships' participants are kept.
 */
class FoldedParticipantsTest {

    private static final LocalDate FORMED = LocalDate.of(2005, 1, 10);
    private static final List<PersonId> PEOPLE =
            IntStream.range(0, 8).mapToObj(n -> new PersonId("person-" + n)).toList();

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final ExecutorService requests = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        requests.shutdownNow();
        store.shutDown();
    }

    @Test
    void participantsFoldedFromTheLastCheckOnAnswerAsAFoldOfTheWholeHistory() {
        for (long seed = 1; seed <= 20; seed++) {
            History history = new History("p-" + seed, new Random(seed));
            FoldedParticipants folded = new FoldedParticipants(store, 10);
            while (history.size() < 150) {
                history.next(1 + history.random.nextInt(6));
                FoldedParticipants.Fold fold = folded.of(history.id).orElseThrow();

                assertThat(fold.version()).isEqualTo(history.size() - 1);
                assertThat(Answers.of(fold.participants(), history))
                        .as("seed %d after %d events", seed, history.size())
                        .isEqualTo(Answers.of(Participants.of(history.upTo(fold.version())), history));
            }
        }
    }

    @Test
    void checksAtTheSameTimeAsTheHistoryGoesOnEachAnswerAsAFoldUpToTheEventTheySaw() throws Exception {
        History history = new History("busy", new Random(7));
        history.next(1);
        FoldedParticipants folded = new FoldedParticipants(store, 10);
        List<Future<FoldedParticipants.Fold>> checks = new ArrayList<>();
        while (history.size() < 300) {
            for (int i = 0; i < 4; i++) {
                checks.add(requests.submit(() -> folded.of("busy").orElseThrow()));
            }
            history.next(1 + history.random.nextInt(3));
        }
        for (Future<FoldedParticipants.Fold> check : checks) {
            FoldedParticipants.Fold fold = check.get();
            assertThat(Answers.of(fold.participants(), history))
                    .isEqualTo(Answers.of(Participants.of(history.upTo(fold.version())), history));
        }
    }

    @Test
    void onlySoManyPartnershipsParticipantsAreKeptAndAnotherIsFoldedAgainWhenAskedAbout() {
        FoldedParticipants folded = new FoldedParticipants(store, 2);
        List<History> histories = List.of(
                new History("first", new Random(1)),
                new History("second", new Random(2)),
                new History("third", new Random(3)));
        for (History history : histories) {
            history.next(20);
            folded.of(history.id);
        }

        assertThat(folded.size()).isEqualTo(2);
        History first = histories.get(0);
        assertThat(Answers.of(folded.of(first.id).orElseThrow().participants(), first))
                .isEqualTo(Answers.of(Participants.of(first.upTo(first.size() - 1)), first));
        assertThat(folded.size()).isEqualTo(2);
    }

    @Test
    void aPartnershipWithNoHistoryHasNoParticipants() {
        assertThat(new FoldedParticipants(store, 2).of("unknown")).isEmpty();
    }

    /** Everything a check may ask the participants, about everyone and every conflict in the history. */
    private record Answers(
            Map<PersonId, Object> representation,
            Set<PersonId> members,
            Set<PersonId> mediators,
            Map<ConflictId, Set<PersonId>> mediating,
            Map<ConflictId, Set<PartnerId>> involved) {

        static Answers of(Participants participants, History history) {
            List<PersonId> people = new ArrayList<>(PEOPLE);
            return new Answers(
                    people.stream().collect(java.util.stream.Collectors.toMap(person -> person, person -> participants
                            .representation(person)
                            .<Object>map(Partners.Representation::toString)
                            .orElse("none"))),
                    Set.copyOf(people.stream().filter(participants::isMember).toList()),
                    Set.copyOf(people.stream().filter(participants::isMediator).toList()),
                    history.conflicts.stream()
                            .collect(java.util.stream.Collectors.toMap(
                                    conflict -> conflict,
                                    conflict -> Set.copyOf(people.stream()
                                            .filter(person -> participants.mediates(person, conflict))
                                            .toList()))),
                    history.conflicts.stream()
                            .collect(
                                    java.util.stream.Collectors.toMap(conflict -> conflict, participants::involvedIn)));
        }
    }

    /** A partnership's history made up as it goes: appointments, replacements, removals, withdrawals, conflicts. */
    private final class History {

        final String id;
        final Random random;
        final List<HistoryEvent> events = new ArrayList<>();
        final List<PartnerId> partners = new ArrayList<>();
        final List<ConflictId> conflicts = new ArrayList<>();
        private LocalDate day = FORMED;

        History(String id, Random random) {
            this.id = id;
            this.random = random;
        }

        int size() {
            return events.size();
        }

        List<HistoryEvent> upTo(long version) {
            return events.subList(0, (int) version + 1);
        }

        void next(int count) {
            for (int i = 0; i < count; i++) {
                record(events.isEmpty() ? formed() : anyEvent());
            }
        }

        private PartnershipEvent formed() {
            List<Partner> founders = List.of(partner(), partner(), partner());
            return new PartnershipFormed(
                    new PartnershipId(id), "Partnership " + id, "To test", FORMED, founders, null, null);
        }

        private Partner partner() {
            PartnerId partner = new PartnerId(id + "-partner-" + partners.size());
            partners.add(partner);
            return new Partner(partner, "Partner " + partners.size(), Sector.VOLUNTARY);
        }

        private PartnershipEvent anyEvent() {
            PartnershipId partnership = new PartnershipId(id);
            Participants now = Participants.of(events);
            List<PersonId> representing = PEOPLE.stream()
                    .filter(person -> now.representation(person).isPresent())
                    .toList();
            PersonId person = PEOPLE.get(random.nextInt(PEOPLE.size()));
            PartnerId partner = partners.get(random.nextInt(partners.size()));
            day = day.plusDays(random.nextInt(20));
            int choice = random.nextInt(10);
            if (choice < 3 || representing.isEmpty()) {
                PartnerId theirs = now.representation(person)
                        .map(Partners.Representation::partner)
                        .orElse(partner);
                Role role = Role.values()[random.nextInt(Role.values().length)];
                return new RepresentativeAppointed(partnership, person, theirs, role, day);
            }
            PersonId current = representing.get(random.nextInt(representing.size()));
            Partners.Representation held = now.representation(current).orElseThrow();
            if (choice < 5) {
                return new RepresentativeReplaced(partnership, held.partner(), current, person, held.roles(), day);
            }
            if (choice < 6) {
                return new RepresentativeRemoved(partnership, current, held.partner(), "Left", day);
            }
            if (choice < 7) {
                return new PartnerWithdrew(partnership, partner, "Done", day, day.plusMonths(3));
            }
            if (choice < 8) {
                return new PartnerAdmitted(partnership, partner(), null, day);
            }
            if (choice < 9 || conflicts.isEmpty()) {
                ConflictId conflict = new ConflictId(id + "-conflict-" + conflicts.size());
                conflicts.add(conflict);
                PartnerId other = partners.get(random.nextInt(partners.size()));
                return new ConflictRaised(
                        partnership,
                        conflict,
                        partner,
                        List.of(other),
                        "Topic",
                        "What",
                        ConflictCategory.AUTONOMY,
                        day);
            }
            ConflictId conflict = conflicts.get(random.nextInt(conflicts.size()));
            return new ConflictEscalated(partnership, conflict, new MediatorRef("Mediator", null, person), day);
        }

        private void record(PartnershipEvent event) {
            long sequence = events.size();
            GenericDomainEventMessage<PartnershipEvent> message =
                    new GenericDomainEventMessage<>("Partnership", id, sequence, event);
            store.publish(message);
            events.add(new HistoryEvent(sequence, event.occurredOn(), message.getTimestamp(), event));
        }
    }
}
