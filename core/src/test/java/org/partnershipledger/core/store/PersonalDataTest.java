package org.partnershipledger.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Personal;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.diary.Visibility;
import org.partnershipledger.core.partnership.DiaryEntryRecorded;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.Sector;

/** Personal data is stored encrypted with its person's key and reads as erased once the key is gone. */
class PersonalDataTest {

    private static final PersonId KAREN = new PersonId("karen");
    private static final LocalDate DAY = LocalDate.of(2024, 2, 7);

    private TestMongo mongo;
    private PersonalKeys keys;
    private Serializer serializer;

    @BeforeEach
    void start() {
        mongo = TestMongo.start();
        keys = new PersonalKeys(mongo.database());
        serializer = LedgerSerializer.create(keys);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private final DiaryEntryRecorded diary = new DiaryEntryRecorded(
            new PartnershipId("aarhus"),
            new DiaryEntryId("entry-1"),
            KAREN,
            "I felt unheard again today",
            Visibility.PRIVATE,
            DAY);

    private JsonNode stored(Object value) {
        return serializer.serialize(value, JsonNode.class).getData();
    }

    private <T> T readBack(JsonNode stored, Class<T> type) {
        SerializedObject<JsonNode> serialized =
                new SimpleSerializedObject<>(stored, JsonNode.class, serializer.typeForClass(type));
        return serializer.deserialize(serialized);
    }

    @Test
    void personalTextIsStoredEncryptedWithItsPersonsKeyAndReadsBackAsWritten() {
        JsonNode stored = stored(diary);

        assertThat(stored.toString()).doesNotContain("unheard");
        assertThat(stored.path("text").path("personal").asText()).isEqualTo("person/karen");
        assertThat(readBack(stored, DiaryEntryRecorded.class)).isEqualTo(diary);
        assertThat(stored(diary).path("text").path("sealed").asText())
                .as("a fresh nonce each time")
                .isNotEqualTo(stored.path("text").path("sealed").asText());
    }

    @Test
    void onlyACitizenPartnersNameAndAReasonMarkedPersonalArePersonal() {
        Partner citizen = new Partner(new PartnerId("c"), "Karen Jensen", Sector.CITIZEN);
        Partner municipality = new Partner(new PartnerId("m"), "Aarhus Kommune", Sector.PUBLIC);
        StanceGiven marked = new StanceGiven(new PartnerId("c"), Stance.OBJECT, KAREN, "My own illness", true, DAY);
        StanceGiven unmarked = new StanceGiven(new PartnerId("c"), Stance.CONSENT, KAREN, "Fine by us", DAY);

        assertThat(stored(citizen).path("name").path("personal").asText()).isEqualTo("partner/c");
        assertThat(stored(municipality).path("name").asText()).isEqualTo("Aarhus Kommune");
        assertThat(stored(marked).toString()).doesNotContain("illness");
        assertThat(stored(unmarked).path("reason").asText()).isEqualTo("Fine by us");
        assertThat(readBack(stored(citizen), Partner.class)).isEqualTo(citizen);
        assertThat(readBack(stored(marked), StanceGiven.class)).isEqualTo(marked);
    }

    @Test
    void onceThePersonsKeyIsDestroyedTheirTextReadsErasedAndTheRestOfTheEventStays() {
        JsonNode stored = stored(diary);

        keys.destroy("person/karen");

        DiaryEntryRecorded read = readBack(stored, DiaryEntryRecorded.class);
        assertThat(read.text()).isEqualTo(Personal.ERASED);
        assertThat(read.author()).isEqualTo(KAREN);
        assertThat(read.occurredOn()).isEqualTo(DAY);
        assertThat(new PersonalKeys(mongo.database()).forReading("person/karen"))
                .as("another ledger on the same store")
                .isEmpty();
        assertThat(stored(diary).path("text").asText())
                .as("nothing personal of an erased person is stored again")
                .isEqualTo(Personal.ERASED);
    }

    @Test
    void textStoredBeforeEncryptionAndEventsWithoutTheMarkStillRead() {
        JsonNode plain =
                LedgerSerializer.create().serialize(diary, JsonNode.class).getData();
        JsonNode withoutMark = stored(new StanceGiven(new PartnerId("c"), Stance.CONSENT, KAREN, "ok", DAY));
        ((com.fasterxml.jackson.databind.node.ObjectNode) withoutMark).remove("reasonPersonal");

        assertThat(readBack(plain, DiaryEntryRecorded.class)).isEqualTo(diary);
        assertThat(readBack(withoutMark, StanceGiven.class).reasonPersonal()).isFalse();
    }
}
