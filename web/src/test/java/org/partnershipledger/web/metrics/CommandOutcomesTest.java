package org.partnershipledger.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.RuleViolation;

/** Commands counted by outcome on a real command bus, and the reason each kind of refusal is given. */
class CommandOutcomesTest {

    record SignAgreement() {}

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SimpleCommandBus commandBus = SimpleCommandBus.builder().build();

    @BeforeEach
    void countOutcomes() {
        commandBus.registerHandlerInterceptor(new CommandOutcomes(meters));
    }

    @Test
    void aCommandWhoseEventsAreRecordedIsCountedAsHandled() {
        commandBus.subscribe(SignAgreement.class.getName(), command -> null);

        commandBus.dispatch(GenericCommandMessage.asCommandMessage(new SignAgreement()));

        assertThat(meters.counter(CommandOutcomes.HANDLED, "command", "SignAgreement")
                        .count())
                .isEqualTo(1);
        assertThat(meters.find(CommandOutcomes.REJECTED).counter()).isNull();
    }

    @Test
    void aCommandRacedByAnotherWriterIsRejectedAsAConcurrentChangeNotCountedAsHandled() {
        // The store detects the race only while appending, after the handler has returned.
        commandBus.subscribe(SignAgreement.class.getName(), command -> {
            CurrentUnitOfWork.get().onPrepareCommit(appending -> {
                throw new ConcurrencyException("another writer was first");
            });
            return null;
        });

        commandBus.dispatch(GenericCommandMessage.asCommandMessage(new SignAgreement()));

        assertThat(meters.counter(CommandOutcomes.REJECTED, "command", "SignAgreement", "reason", "concurrent-change")
                        .count())
                .isEqualTo(1);
        assertThat(meters.find(CommandOutcomes.HANDLED).counter()).isNull();
    }

    @Test
    void aBrokenRuleIsTheReasonEvenWhenItArrivesWrapped() {
        RuleViolation superseded = new RuleViolation("version-superseded", RuleViolation.Kind.CONFLICTING_STATE, "") {};

        assertThat(CommandOutcomes.reason(new CommandExecutionException("failed", superseded)))
                .isEqualTo("version-superseded");
    }

    @Test
    void everyOtherRefusalIsNamedByItsKind() {
        assertThat(CommandOutcomes.reason(new InvalidValueException("name", "blank")))
                .isEqualTo("invalid-value");
        assertThat(CommandOutcomes.reason(new AggregateStreamCreationException("exists")))
                .isEqualTo("concurrent-change");
        assertThat(CommandOutcomes.reason(new AggregateNotFoundException("p-1", "unknown")))
                .isEqualTo("unknown-aggregate");
        assertThat(CommandOutcomes.reason(new IllegalStateException("disk full")))
                .isEqualTo("error");
    }
}
