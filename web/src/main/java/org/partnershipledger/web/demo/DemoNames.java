package org.partnershipledger.web.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The invented persons' names, registered with the demo so its pages show people by name. Their ids are
 * older than the register's opaque ids and stay as the histories recorded them.
 */
final class DemoNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("birgit-moeller", "Birgit Møller"),
            Map.entry("henrik-norup", "Henrik Nørup"),
            Map.entry("karen-soerensen", "Karen Sørensen"),
            Map.entry("lone-kjaer", "Lone Kjær"),
            Map.entry("dennis-aagaard", "Dennis Aagaard"));

    private DemoNames() {}

    /** The name of a demo person: written out where Danish letters make it, else their id's words. */
    static String of(String id) {
        return NAMES.getOrDefault(
                id,
                Arrays.stream(id.split("-"))
                        .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                        .collect(Collectors.joining(" ")));
    }
}
