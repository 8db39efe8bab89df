package org.partnershipledger.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Personal;
import org.partnershipledger.core.person.PersonRegistered;

/** A person's details in the register are theirs: sealed with their key, erased with it. */
class PersonRegisterSealingTest {

    private TestMongo mongo;
    private PersonalKeys keys;
    private Serializer serializer;

    private final PersonRegistered registered = new PersonRegistered(
            new PersonId("p-eva"),
            "Eva Winther",
            "eva@example.dk",
            "+45 1234 5678",
            "Mødrehjælpen",
            LocalDate.of(2024, 3, 4));

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

    private PersonRegistered readBack(JsonNode stored) {
        return serializer.deserialize(
                new SimpleSerializedObject<>(stored, JsonNode.class, serializer.typeForClass(PersonRegistered.class)));
    }

    @Test
    void everyDetailOfAPersonIsStoredSealedWithTheirKey() {
        JsonNode stored = serializer.serialize(registered, JsonNode.class).getData();

        assertThat(stored.toString()).doesNotContain("Eva", "eva@", "1234", "Mødrehjælpen");
        assertThat(stored.path("name").path("personal").asText()).isEqualTo("person/p-eva");
        assertThat(readBack(stored)).isEqualTo(registered);
    }

    @Test
    void onceThePersonIsErasedTheirDetailsReadErased() {
        JsonNode stored = serializer.serialize(registered, JsonNode.class).getData();

        keys.destroy("person/p-eva");

        PersonRegistered read = readBack(stored);
        assertThat(read.name()).isEqualTo(Personal.ERASED);
        assertThat(read.email()).isEqualTo(Personal.ERASED);
        assertThat(read.phone()).isEqualTo(Personal.ERASED);
        assertThat(read.organisation()).isEqualTo(Personal.ERASED);
    }
}
