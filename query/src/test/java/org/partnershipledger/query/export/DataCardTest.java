package org.partnershipledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.query.disclosure.Reader;

class DataCardTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void theCardSaysWhatTheExportHoldsOverWhichDomainDatesAndWhenItWasTaken() {
        DataCard card = DataCard.of(
                "XES",
                "partnerships.xes",
                "events",
                List.of(ExportHistory.exported(ExportHistory.events())),
                "firo",
                NOW);

        assertThat(card.eventCount()).isEqualTo(ExportHistory.events().size());
        assertThat(card.firstOccurredOn()).isEqualTo(ExportHistory.day("2003-03-01"));
        assertThat(card.lastOccurredOn()).isEqualTo(ExportHistory.day("2005-01-10"));
        assertThat(card.phaseModel()).isEqualTo("firo");
        assertThat(card.exportedAt()).isEqualTo(NOW);
    }

    @Test
    void theCardNamesTheChainHeadEachPartnershipWasTakenFrom() {
        DataCard card = DataCard.of(
                "CSV",
                "decisions.csv",
                "decisions",
                List.of(ExportHistory.exported(ExportHistory.events())),
                null,
                NOW);

        DataCard.PartnershipTaken taken = card.partnerships().get(0);
        assertThat(taken.partnershipId()).isEqualTo(ExportHistory.ID);
        assertThat(taken.headHash()).isEqualTo("b".repeat(64));
        assertThat(taken.chainEventCount()).isEqualTo(ExportHistory.events().size() + 1);
        assertThat(taken.eventsExported()).isEqualTo(ExportHistory.events().size());
        assertThat(taken.chainIntact()).isTrue();
    }

    @Test
    void theCardSaysHowTheReaderSawTheHistory() {
        ExportedPartnership asRepresentative = new ExportedPartnership(
                ExportHistory.ID,
                ExportHistory.events(),
                Reader.representative(new PersonId("inge"), Set.of(ExportHistory.VINDROSEN.id())),
                new ExportedPartnership.ChainHead("c".repeat(64), 1, true));

        assertThat(DataCard.of("CSV", "x.csv", "x", List.of(ExportHistory.exported(ExportHistory.events())), null, NOW)
                        .pseudonymisation())
                .contains("pseudonyms")
                .contains("withheld unless");
        assertThat(DataCard.of("CSV", "x.csv", "x", List.of(asRepresentative), null, NOW)
                        .pseudonymisation())
                .doesNotContain("pseudonyms");
    }

    @Test
    void theCardIsWrittenAsJsonWithIsoDates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataCard.of("OCEL 2.0 (JSON)", "partnerships.jsonocel", "events", List.of(), "firo", NOW)
                .write(out);

        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.path("format").asText()).isEqualTo("OCEL 2.0 (JSON)");
        assertThat(json.path("exportedAt").asText()).isEqualTo("2026-11-23T12:00:00Z");
        assertThat(json.path("partnerships").isArray()).isTrue();
    }
}
