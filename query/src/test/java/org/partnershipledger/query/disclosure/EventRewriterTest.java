package org.partnershipledger.query.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.store.LedgerSerializer;
import org.partnershipledger.query.disclosure.GeneratedPartnership.Ending;
import org.partnershipledger.query.history.HistoryEvent;

class EventRewriterTest {

    private static final ObjectMapper JSON = LedgerSerializer.objectMapper();
    private static final Pseudonyms PSEUDONYMS = new Pseudonyms(Pseudonyms.newKey());

    /** One event of every type the generated partnerships hold, the first of each. */
    private static Map<Class<?>, PartnershipEvent> oneOfEachType() {
        return Stream.of(Ending.values())
                .flatMap(ending -> GeneratedPartnership.of(7, true, ending).history().stream())
                .map(HistoryEvent::event)
                .collect(Collectors.toMap(Object::getClass, Function.identity(), (first, second) -> first));
    }

    @Test
    void theGeneratedPartnershipsHoldEveryTypeOfPartnershipEvent() {
        assertThat(oneOfEachType().keySet()).containsExactlyInAnyOrder(PartnershipEvent.class.getPermittedSubclasses());
    }

    @Test
    void everyTypeOfPartnershipEventSurvivesTheRoundTripUnchanged() {
        for (Class<?> type : PartnershipEvent.class.getPermittedSubclasses()) {
            PartnershipEvent event = oneOfEachType().get(type);

            assertThat(EventRewriter.rewrite(event, Rewriting.NONE))
                    .as(type.getSimpleName())
                    .isEqualTo(event);
        }
    }

    @Test
    void redactingAnyTypeOfEventChangesOnlyItsPersonsAndItsFreeText() {
        for (Class<?> type : PartnershipEvent.class.getPermittedSubclasses()) {
            PartnershipEvent event = oneOfEachType().get(type);

            PartnershipEvent redacted = EventRewriter.rewrite(event, new Rewriting(true, PSEUDONYMS));

            assertThat(redacted).isInstanceOf(type);
            List<String> changes = new ArrayList<>();
            compare(JSON.valueToTree(event), JSON.valueToTree(redacted), type.getSimpleName(), changes);
            assertThat(changes).as(type.getSimpleName()).allMatch(EventRewriterTest::isPermitted);
        }
    }

    @Test
    void withoutPseudonymsOnlyFreeTextChanges() {
        GeneratedPartnership partnership = GeneratedPartnership.of(8, false, Ending.CLOSED);
        for (HistoryEvent recorded : partnership.history()) {
            List<String> changes = new ArrayList<>();
            PartnershipEvent redacted = EventRewriter.rewrite(recorded.event(), new Rewriting(true, null));

            compare(JSON.valueToTree(recorded.event()), JSON.valueToTree(redacted), recorded.type(), changes);

            assertThat(changes).allMatch(change -> change.endsWith(" -> " + Redaction.WITHHELD));
        }
    }

    private static boolean isPermitted(String change) {
        String to = change.substring(change.lastIndexOf(" -> ") + 4);
        return to.equals(Redaction.WITHHELD) || to.matches("(person|citizen|mediator)-[0-9a-f]{12}");
    }

    /** Collects "path: old -> new" for every text that differs; anything else differing fails the test. */
    private static void compare(JsonNode original, JsonNode redacted, String path, List<String> changes) {
        if (original.isObject()) {
            assertThat(redacted.isObject()).as(path).isTrue();
            assertThat(fieldNames(redacted)).as(path).isEqualTo(fieldNames(original));
            fieldNames(original)
                    .forEach(field -> compare(original.get(field), redacted.get(field), path + "." + field, changes));
        } else if (original.isArray()) {
            assertThat(redacted.size()).as(path).isEqualTo(original.size());
            // A set reads back in an order of its own; its members are ids and kinds, never changed.
            if (!original.equals(redacted) && Set.copyOf(list(original)).equals(Set.copyOf(list(redacted)))) {
                return;
            }
            for (int i = 0; i < original.size(); i++) {
                compare(original.get(i), redacted.get(i), path + "[" + i + "]", changes);
            }
        } else if (!original.equals(redacted)) {
            assertThat(original.isTextual() && redacted.isTextual()).as(path).isTrue();
            changes.add(path + ": " + original.asText() + " -> " + redacted.asText());
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
