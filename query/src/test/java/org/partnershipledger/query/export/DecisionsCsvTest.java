package org.partnershipledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionsCsvTest {

    @Test
    void eachProposalIsOneRowWithItsMeetingProposerStancesAndOutcome() {
        StringWriter out = new StringWriter();
        DecisionsCsv.write(ExportHistory.events(), out);

        List<List<String>> rows = CsvParsing.rows(out.toString());
        assertThat(rows.get(0)).isEqualTo(DecisionsCsv.HEADER);
        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(DecisionsCsv.HEADER.size()));
        List<String> decision = rows.get(1);
        assertThat(value(decision, "proposal_id")).isEqualTo("d-1");
        assertThat(value(decision, "meeting_id")).isEqualTo("m-1");
        assertThat(value(decision, "meeting_kind")).isEqualTo("STEERING_GROUP");
        assertThat(value(decision, "proposed_on")).isEqualTo("2004-06-01");
        assertThat(value(decision, "proposer_partner")).isEqualTo("Vindrosen");
        assertThat(value(decision, "concerns_version")).isEqualTo("1");
        assertThat(value(decision, "text")).isEqualTo("Hold a seminar, in September");
        assertThat(value(decision, "outcome")).isEqualTo("ADOPTED");
        assertThat(value(decision, "reached_on")).isEqualTo("2004-06-01");
        assertThat(value(decision, "version_in_force")).isEqualTo("1");
        assertThat(value(decision, "version_in_force_content_hash")).isEqualTo(ExportHistory.HASH.value());
        assertThat(value(decision, "stances")).isEqualTo("p-vindrosen=CONSENT; p-esbjerg=ABSTAIN");
        assertThat(value(decision, "consents")).isEqualTo("1");
        assertThat(value(decision, "abstentions")).isEqualTo("1");
        assertThat(value(decision, "objections")).isEqualTo("0");
    }

    @Test
    void aStanceRecordedOnBehalfIsNamedWithItsDocumentAndAContestedOneNoLongerCounts() {
        StringWriter out = new StringWriter();
        DecisionsCsv.write(ExportHistory.withStanceRecordedOnBehalf(), out);

        List<List<String>> rows = CsvParsing.rows(out.toString());
        assertThat(value(rows.get(1), "recorded_on_behalf")).isEmpty();
        List<String> reopened = rows.get(2);
        assertThat(value(reopened, "outcome")).isEqualTo("PENDING");
        assertThat(value(reopened, "stances")).isEqualTo("p-vindrosen=CONSENT");
        assertThat(value(reopened, "consents")).isEqualTo("1");
        assertThat(value(reopened, "recorded_on_behalf")).isEqualTo("p-esbjerg=LETTER 2005-01-22 CONTESTED");
        assertThat(out.toString()).doesNotContain("Letter 17").doesNotContain("person-secretary");
    }

    @Test
    void aHistoryWithoutProposalsIsTheHeaderAlone() {
        StringWriter out = new StringWriter();
        DecisionsCsv.write(ExportHistory.events().subList(0, 3), out);

        assertThat(CsvParsing.rows(out.toString())).containsExactly(DecisionsCsv.HEADER);
    }

    private static String value(List<String> row, String column) {
        return row.get(DecisionsCsv.HEADER.indexOf(column));
    }
}
