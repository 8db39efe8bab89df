package org.partnershipledger.web.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.RuleViolation;

/**
 * Counts every command by its outcome: handled, or rejected and why. The outcome is known only when the
 * unit of work ends, since a concurrent change is detected when the events are appended at commit, after
 * the handler has returned.
 */
class CommandOutcomes implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String HANDLED = "ledger.commands.handled";
    static final String REJECTED = "ledger.commands.rejected";

    private final MeterRegistry meters;

    CommandOutcomes(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        unitOfWork.afterCommit(done -> handled(command).increment());
        unitOfWork.onRollback(
                failed -> rejected(command, reason(failed.getExecutionResult())).increment());
        return chain.proceed();
    }

    private static String reason(ExecutionResult result) {
        return reason(result == null ? null : result.getExceptionResult());
    }

    /** A short, stable reason: the domain rule broken, or the kind of failure. */
    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return violation.rule();
            }
            if (cause instanceof InvalidValueException) {
                return "invalid-value";
            }
            if (cause instanceof ConcurrencyException
                    || cause instanceof ConflictingModificationException
                    || cause instanceof AggregateStreamCreationException) {
                return "concurrent-change";
            }
            if (cause instanceof AggregateNotFoundException) {
                return "unknown-aggregate";
            }
        }
        return "error";
    }

    private Counter handled(String command) {
        return Counter.builder(HANDLED)
                .description("Commands the ledger accepted and recorded")
                .tag("command", command)
                .register(meters);
    }

    private Counter rejected(String command, String reason) {
        return Counter.builder(REJECTED)
                .description("Commands the ledger refused, by the rule broken or the kind of failure")
                .tag("command", command)
                .tag("reason", reason)
                .register(meters);
    }
}
