package org.partnershipledger.core;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Where a command enters the domain, every value it carries is held to {@link Values}' rules once, whoever
 * sent it: each text is normalised ({@link Values#freeText}, {@link Name names} {@link Values#name}), each
 * id keeps the id alphabet, each date the date range, each period a century. The command goes on with the
 * normalised texts, so what is recorded, hashed and stored is one text.
 *
 * <p>This is done here and not in the value records' constructors because those records are also read
 * back from histories recorded before these rules: a stored history must stay readable as it is.
 */
public final class CommandValues implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Notice periods and the like: longer than a century is a mistake, and dates beyond it overflow. */
    private static final int LONGEST_PERIOD_IN_DAYS = 36_525;

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object payload = command.getPayload();
        Object checked = checked(payload);
        if (checked != payload) {
            unitOfWork.transformMessage(message -> new GenericCommandMessage<>(
                    new GenericMessage<>(command.getIdentifier(), checked, command.getMetaData()),
                    command.getCommandName()));
        }
        return chain.proceed();
    }

    /**
     * The value with every text in it normalised, the same instance when nothing changed; a value that
     * breaks a rule is refused with an {@link InvalidValueException} naming where it is
     * ({@code proposals[0].proposal.text}; a command's own sub-record is not named: {@code topic}).
     */
    public static <T> T checked(T command) {
        if (command == null || !command.getClass().isRecord()) {
            return command;
        }
        @SuppressWarnings("unchecked")
        T checked = (T) record(command, "", true);
        return checked;
    }

    private static Object value(Object value, String path, boolean name) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return name ? Values.name(text, path) : Values.freeText(text, path);
        }
        if (value instanceof LocalDate date) {
            return Values.date(date, path);
        }
        if (value instanceof Period period) {
            return period(period, path);
        }
        if (value instanceof Identifier id) {
            Values.id(id.value(), path);
            return value;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(present -> value(present, path, name));
        }
        if (value instanceof List<?> list) {
            List<Object> checked = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                checked.add(value(list.get(i), path + "[" + i + "]", name));
            }
            return sameElements(list, checked) ? list : List.copyOf(checked);
        }
        if (value instanceof Set<?> set) {
            Set<Object> checked = new LinkedHashSet<>();
            int i = 0;
            for (Object element : set) {
                checked.add(value(element, path + "[" + i++ + "]", name));
            }
            return sameElements(set, checked) ? set : Set.copyOf(checked);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> checked = new LinkedHashMap<>();
            map.forEach((key, entry) ->
                    checked.put(value(key, path + "." + key, false), value(entry, path + "." + key, name)));
            return sameElements(map.entrySet(), checked.entrySet()) ? map : Map.copyOf(checked);
        }
        if (value.getClass().isRecord()) {
            return record(value, path, false);
        }
        return value;
    }

    /**
     * A record's components, named by their path; the sub-records of the command itself (a conflict's
     * opening, a diary entry) are sent as fields of the request, so their components are named alone.
     */
    private static Object record(Object record, String path, boolean command) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Object value = read(record, component);
            String field = path.isEmpty() ? component.getName() : path + "." + component.getName();
            boolean subRecord =
                    command && value != null && value.getClass().isRecord() && !(value instanceof Identifier);
            values[i] = subRecord
                    ? record(value, "", false)
                    : value(value, field, component.isAnnotationPresent(Name.class));
            changed |= values[i] != value;
        }
        return changed ? rebuild(record, components, values) : record;
    }

    private static Period period(Period period, String path) {
        long days = period.toTotalMonths() * 31 + period.getDays();
        if (Math.abs(days) > LONGEST_PERIOD_IN_DAYS) {
            throw new InvalidValueException(path, "must be at most a hundred years");
        }
        return period;
    }

    private static boolean sameElements(Collection<?> before, Collection<?> after) {
        var a = before.iterator();
        var b = after.iterator();
        while (a.hasNext() && b.hasNext()) {
            if (a.next() != b.next()) {
                return false;
            }
        }
        return a.hasNext() == b.hasNext();
    }

    private static Object read(Object record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("A record's accessor is readable", e);
        } catch (InvocationTargetException e) {
            throw rethrown(e);
        }
    }

    private static Object rebuild(Object record, RecordComponent[] components, Object[] values) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            if (e instanceof InvocationTargetException invocation) {
                throw rethrown(invocation);
            }
            throw new IllegalStateException("Every record has its canonical constructor", e);
        }
    }

    private static RuntimeException rethrown(InvocationTargetException e) {
        Throwable cause = Objects.requireNonNullElse(e.getCause(), e);
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
