package org.partnershipledger.query.phase;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The phase models a researcher can pick by name; FIRO is the default (ARCHITECTURE.md, "The read side"). */
public final class PhaseModels {

    private static final FiroModel FIRO = new FiroModel();
    private static final List<PhaseModel> ALL = List.of(FIRO, new TuckmanModel());
    private static final Map<String, PhaseModel> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(PhaseModel::name, model -> model));

    private PhaseModels() {}

    /** The model of that name (case and surrounding spaces ignored), or empty when there is none. */
    public static Optional<PhaseModel> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    public static PhaseModel firo() {
        return FIRO;
    }

    /** Every model's name, the default first, e.g. for an error naming the choices. */
    public static List<String> names() {
        return ALL.stream().map(PhaseModel::name).toList();
    }
}
