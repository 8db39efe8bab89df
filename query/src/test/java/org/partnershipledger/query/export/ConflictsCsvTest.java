package org.partnershipledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictsCsvTest {

    @Test
    void eachConflictIsOneRowWithHowFarItWentAndHowLongItLasted() {
        StringWriter out = new StringWriter();
        ConflictsCsv.write(ExportHistory.ID, ExportHistory.events(), ExportHistory.day("2005-01-20"), out);

        List<List<String>> rows = CsvParsing.rows(out.toString());
        assertThat(rows.get(0)).isEqualTo(ConflictsCsv.HEADER);
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(ConflictsCsv.HEADER.size()));
        List<String> mediated = rows.get(1);
        assertThat(value(mediated, "conflict_id")).isEqualTo("c-1");
        assertThat(value(mediated, "category")).isEqualTo("AGREEMENT_READING");
        assertThat(value(mediated, "raised_by_partner")).isEqualTo("Esbjerg Kommune");
        assertThat(value(mediated, "concerning_partner_ids")).isEqualTo("p-vindrosen");
        assertThat(value(mediated, "raised_on")).isEqualTo("2004-09-01");
        assertThat(value(mediated, "state")).isEqualTo("RESOLVED");
        assertThat(value(mediated, "escalated_on")).isEqualTo("2004-09-10");
        assertThat(value(mediated, "closed_on")).isEqualTo("2004-10-01");
        assertThat(value(mediated, "days_open")).isEqualTo("30");
        assertThat(value(mediated, "mediation_sessions")).isEqualTo("2");
    }

    @Test
    void anOpenConflictCountsItsDaysToTheExportsDate() {
        StringWriter out = new StringWriter();
        ConflictsCsv.write(ExportHistory.ID, ExportHistory.events(), ExportHistory.day("2005-01-20"), out);

        List<String> open = CsvParsing.rows(out.toString()).get(2);
        assertThat(value(open, "state")).isEqualTo("RAISED");
        assertThat(value(open, "escalated_on")).isEmpty();
        assertThat(value(open, "closed_on")).isEmpty();
        assertThat(value(open, "days_open")).isEqualTo("10");
        assertThat(value(open, "mediation_sessions")).isEqualTo("0");
    }

    @Test
    void noFreeTextOfAConflictIsExported() {
        StringWriter out = new StringWriter();
        ConflictsCsv.write(ExportHistory.ID, ExportHistory.events(), ExportHistory.day("2005-01-20"), out);

        assertThat(out.toString()).doesNotContain("Different readings").doesNotContain("Section 3 means");
    }

    private static String value(List<String> row, String column) {
        return row.get(ConflictsCsv.HEADER.indexOf(column));
    }
}
