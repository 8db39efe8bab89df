package org.partnershipledger.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.CommandValues;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.Partnership;
import org.partnershipledger.core.store.LedgerSerializer;
import org.partnershipledger.core.store.MongoEventStorageEngine;
import org.partnershipledger.core.store.PersonalKeys;
import org.partnershipledger.core.store.TestMongo;
import org.partnershipledger.web.partnership.PartnershipAggregate;
import org.partnershipledger.web.security.CheckedVersions;

/**
 * A partnership loaded from a snapshot decides every command exactly as one replayed from its first event:
 * the demo's three partnerships are entered into two ledgers at once, one snapshotting every few events
 * and one never, and every command, and the same command sent a second time (mostly refused: already
 * appointed, already signed), must come out the same in both; and so must the partnerships' state.
 */
class SnapshotsTest {

    private static final List<PartnershipId> PARTNERSHIPS =
            List.of(ViolenceAgainstWomen.ID, GreenlandersInEsbjerg.ID, OlderPeopleInAarhus.ID);

    private final Ledger snapshotted = Ledger.start(3);
    private final Ledger replayed = Ledger.start(0);
    private int commands;
    private int refusals;

    @AfterEach
    void stop() {
        snapshotted.stop();
        replayed.stop();
    }

    @Test
    void aPartnershipLoadedFromASnapshotDecidesEveryCommandAsOneReplayedFromItsFirstEvent() {
        DemoLedger demo = new DemoLedger(
                DefaultCommandGateway.builder().commandBus(new BothLedgers()).build());
        PersonId facilitator = demo.person("hanne-lund", "the facilitator");
        new ViolenceAgainstWomen(demo, facilitator).unfold();
        new GreenlandersInEsbjerg(demo, facilitator).unfold();
        new OlderPeopleInAarhus(demo, facilitator).unfold();

        assertThat(commands).isGreaterThan(90);
        assertThat(refusals).as("the second sendings probe the rules").isGreaterThan(50);
        for (PartnershipId partnership : PARTNERSHIPS) {
            assertThat(snapshotted.history(partnership)).isEqualTo(replayed.history(partnership));
            assertThat(snapshotted.snapshotAt(partnership))
                    .as("a snapshot of " + partnership + " taken within the last three events")
                    .isGreaterThanOrEqualTo(snapshotted.history(partnership).size() - 4L);
            assertThat(replayed.snapshotAt(partnership)).isEqualTo(-1L);
            assertThat(snapshotted.load(partnership))
                    .as("the state of " + partnership + " loaded from its snapshot")
                    .usingRecursiveComparison()
                    .isEqualTo(replayed.load(partnership));
        }
    }

    /** Sends each command to both ledgers, then once more, and hands on what the snapshotted one answered. */
    private final class BothLedgers implements CommandBus {

        @Override
        public <C, R> void dispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
            CommandResultMessage<R> answer = snapshotted.send(command);
            assertThat(Outcome.of(answer)).isEqualTo(Outcome.of(replayed.send(command)));
            commands++;
            CommandResultMessage<Object> again = snapshotted.send(command);
            assertThat(Outcome.of(again)).isEqualTo(Outcome.of(replayed.send(command)));
            if (again.isExceptional()) {
                refusals++;
            }
            callback.onResult(command, answer);
        }

        @Override
        public <C> void dispatch(CommandMessage<C> command) {
            dispatch(command, (message, result) -> {});
        }

        @Override
        public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
            throw new UnsupportedOperationException("Both ledgers have their own handlers");
        }

        @Override
        public Registration registerHandlerInterceptor(
                MessageHandlerInterceptor<? super CommandMessage<?>> handlerInterceptor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Registration registerDispatchInterceptor(
                MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
            return () -> true;
        }
    }

    /** What a command came to: its result, or the refusal's kind and words. */
    private record Outcome(Object result, String refusal) {

        private static final String STORE = "127\\.0\\.0\\.1:\\d+|ledger_test_\\w+";

        static Outcome of(CommandResultMessage<?> answer) {
            return answer.isExceptional()
                    ? new Outcome(
                            null,
                            answer.exceptionResult().getClass().getName() + ": "
                                    // Which store refused a duplicate says nothing of the decision.
                                    + answer.exceptionResult().getMessage().replaceAll(STORE, "the store"))
                    : new Outcome(answer.getPayload(), null);
        }
    }

    /** A ledger of its own: a store, the partnership aggregate on it, snapshotted every so many events or never. */
    private record Ledger(TestMongo mongo, Configuration axon, MongoEventStorageEngine engine) {

        static Ledger start(int snapshotEvery) {
            TestMongo mongo = TestMongo.start();
            PersonalKeys keys = new PersonalKeys(mongo.database());
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                    .database(mongo.database())
                    .eventSerializer(LedgerSerializer.create(keys))
                    .snapshotSerializer(LedgerSerializer.forSnapshots(keys))
                    .build();
            AggregateConfigurer<Partnership> aggregate = snapshotEvery > 0
                    ? PartnershipAggregate.configuration(snapshotEvery)
                    : AggregateConfigurer.defaultConfiguration(Partnership.class)
                            .configureCommandTargetResolver(configuration -> CheckedVersions.targetResolver());
            Configuration axon = DefaultConfigurer.defaultConfiguration()
                    .configureEmbeddedEventStore(configuration -> engine)
                    .configureAggregate(aggregate)
                    .buildConfiguration();
            axon.start();
            axon.commandBus().registerHandlerInterceptor(new CommandValues());
            return new Ledger(mongo, axon, engine);
        }

        <R> CommandResultMessage<R> send(CommandMessage<?> command) {
            List<CommandResultMessage<R>> answer = new ArrayList<>();
            axon.commandBus().dispatch(command, (message, result) -> answer.add((CommandResultMessage<R>) result));
            return answer.isEmpty() ? GenericCommandResultMessage.asCommandResultMessage(null) : answer.get(0);
        }

        List<Object> history(PartnershipId partnership) {
            return engine.readEvents(partnership.value(), 0)
                    .asStream()
                    .map(DomainEventMessage::getPayload)
                    .map(Object.class::cast)
                    .toList();
        }

        long snapshotAt(PartnershipId partnership) {
            Document snapshot = mongo.database()
                    .getCollection("snapshots")
                    .find(new Document("_id", partnership.value()))
                    .first();
            return snapshot == null
                    ? -1
                    : Objects.requireNonNull(snapshot.get("sequenceNumber", Number.class))
                            .longValue();
        }

        Partnership load(PartnershipId partnership) {
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            try {
                return axon.repository(Partnership.class)
                        .load(partnership.value())
                        .invoke(root -> root);
            } finally {
                unitOfWork.rollback();
            }
        }

        void stop() {
            axon.shutdown();
            engine.close();
            mongo.close();
        }
    }
}
