package org.partnershipledger.web.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The version of a partnership that a request's authority check saw, so that the command the request then
 * sends is decided on exactly those events: the command carries that version, the partnership is loaded
 * expecting it, and if anything was recorded in between the command is refused as a concurrent change and
 * records nothing. Kept with the request, so it never outlives it; a check pins only the next command.
 */
public class CheckedVersions implements MessageDispatchInterceptor<CommandMessage<?>> {

    /** The command's metadata that names the version its check saw. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private static final String ATTRIBUTE = CheckedVersions.class.getName();
    private static final CommandTargetResolver TARGETS = new AnnotationCommandTargetResolver();

    /** Remembers for the current request (if there is one) that the check saw the partnership at this version. */
    void saw(String partnershipId, long version) {
        Map<String, Long> seen = seen(true);
        if (seen != null) {
            seen.put(partnershipId, version);
        }
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> pinned(command);
    }

    private CommandMessage<?> pinned(CommandMessage<?> command) {
        Map<String, Long> seen = seen(false);
        if (seen == null || seen.isEmpty() || command.getMetaData().containsKey(EXPECTED_VERSION)) {
            return command;
        }
        Long version;
        try {
            version = seen.remove(TARGETS.resolveTarget(command).getIdentifier());
        } catch (IllegalArgumentException notForAnAggregate) {
            return command;
        }
        return version == null ? command : command.andMetaData(Map.of(EXPECTED_VERSION, version));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> seen(boolean create) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object seen = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (seen == null && create) {
            seen = new HashMap<String, Long>();
            request.setAttribute(ATTRIBUTE, seen, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, Long>) seen;
    }

    /**
     * Where a partnership command goes: the partnership its annotations name, at the version its metadata
     * names, if any. Axon's event-sourcing repository refuses a command whose partnership has moved on
     * since that version ({@code ConflictingAggregateVersionException}) unless the handler resolved it,
     * which no handler here does.
     */
    public static CommandTargetResolver targetResolver() {
        return command -> {
            VersionedAggregateIdentifier target = TARGETS.resolveTarget(command);
            Object expected = command.getMetaData().get(EXPECTED_VERSION);
            return expected instanceof Number version
                    ? new VersionedAggregateIdentifier(target.getIdentifierValue(), version.longValue())
                    : target;
        };
    }
}
