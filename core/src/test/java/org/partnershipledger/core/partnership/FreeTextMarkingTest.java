package org.partnershipledger.core.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.agreement.AgreementContent;

/**
 * Every text in a partnership's events is either marked {@link FreeText} or named here as text that is
 * not: a new event with a text must say which it is before researchers can be shown it.
 */
class FreeTextMarkingTest {

    /** Texts researchers may read: names of the partnership and its organisations, its purpose, set phrases. */
    private static final Map<String, String> NOT_FREE_TEXT = Map.of(
            "PartnershipFormed.name", "the partnership's name is public",
            "PartnershipFormed.purpose", "the partnership's stated purpose is public",
            "Partner.name", "an organisation's name; a citizen's is pseudonymised for researchers",
            "PartnershipDissolved.reason", "written by the ledger, not by a person",
            "DissolutionCancelled.reason", "written by the ledger, not by a person",
            "MediatorRef.name", "a name, pseudonymised for researchers",
            "MediatorRef.organisation", "the mediator's organisation is public",
            "CheckpointWitnessed.headHash", "a hash the ledger computed, not text anyone wrote",
            "DiaryEntryRecorded.text",
                    "a diary is read by its author and whom it is shared with, never by researchers");

    @Test
    void everyTextInAPartnershipEventIsMarkedFreeTextOrNamedAsPublic() {
        List<String> unclassified = new ArrayList<>();
        for (Class<?> event : PartnershipEvent.class.getPermittedSubclasses()) {
            texts(event, new LinkedHashSet<>()).forEach(text -> {
                boolean marked = text.isAnnotationPresent(FreeText.class);
                boolean named = NOT_FREE_TEXT.containsKey(name(text));
                if (marked == named) {
                    unclassified.add(name(text) + (marked ? " is marked and named" : " is neither marked nor named"));
                }
            });
        }
        assertThat(unclassified).isEmpty();
    }

    @Test
    void theTextsPartnersWriteAreMarkedFreeText() {
        Set<String> marked = new LinkedHashSet<>();
        for (Class<?> event : PartnershipEvent.class.getPermittedSubclasses()) {
            texts(event, new LinkedHashSet<>()).stream()
                    .filter(text -> text.isAnnotationPresent(FreeText.class))
                    .forEach(text -> marked.add(name(text)));
        }
        assertThat(marked)
                .contains(
                        "MeetingRecorded.minutes",
                        "MeetingRecorded.agenda",
                        "MinutesCorrected.minutes",
                        "Proposal.text",
                        "StanceGiven.reason",
                        "ConflictRaised.topic",
                        "ConflictRaised.description",
                        "ConflictResolved.resolution",
                        "ConflictAbandoned.reason",
                        "PartnerWithdrew.reason",
                        "RepresentativeRemoved.reason");
    }

    /**
     * The text components of a record and of the records it holds. The agreement's text is what the
     * partners signed, public to research as a whole; ids and hashes are not text anyone wrote.
     */
    private static List<RecordComponent> texts(Class<?> type, Set<Class<?>> seen) {
        List<RecordComponent> texts = new ArrayList<>();
        if (!type.isRecord() || type == AgreementContent.class || isId(type) || !seen.add(type)) {
            return texts;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> held = heldType(component);
            if (held == String.class) {
                texts.add(component);
            } else {
                texts.addAll(texts(held, seen));
            }
        }
        return texts;
    }

    private static boolean isId(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components.length == 1 && components[0].getName().equals("value");
    }

    /** The component's type, or for a list or set the type of its elements. */
    private static Class<?> heldType(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return component.getType();
    }

    private static String name(RecordComponent component) {
        return component.getDeclaringRecord().getSimpleName() + "." + component.getName();
    }
}
