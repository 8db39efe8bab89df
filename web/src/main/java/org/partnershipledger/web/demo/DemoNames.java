package org.partnershipledger.web.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The invented persons' names, registered with the demo so its pages show people by name, by each
 * person's handle (their demo username).
 */
final class DemoNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("birgit-moeller", "Birgit Møller"),
            Map.entry("henrik-norup", "Henrik Nørup"),
            Map.entry("karen-soerensen", "Karen Sørensen"),
            Map.entry("lone-kjaer", "Lone Kjær"),
            Map.entry("dennis-aagaard", "Dennis Aagaard"));

    private DemoNames() {}

    /** The name of a demo person: written out where Danish letters make it, else their handle's words. */
    static String of(String handle) {
        return NAMES.getOrDefault(
                handle,
                Arrays.stream(handle.split("-"))
                        .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                        .collect(Collectors.joining(" ")));
    }
}
