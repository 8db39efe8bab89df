package org.partnershipledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithTheirQuotesDoubled() {
        StringWriter out = new StringWriter();
        Csv csv = new Csv(out, List.of("a", "b", "c", "d"));
        csv.row(List.of("plain", "with, comma", "say \"yes\"", "two\nlines"));

        assertThat(out.toString())
                .isEqualTo("\uFEFFa,b,c,d\r\nplain,\"with, comma\",\"say \"\"yes\"\"\",\"two\nlines\"\r\n");
        assertThat(CsvParsing.rows(out.toString()))
                .containsExactly(
                        List.of("a", "b", "c", "d"), List.of("plain", "with, comma", "say \"yes\"", "two\nlines"));
    }

    @Test
    void aMissingValueIsAnEmptyField() {
        StringWriter out = new StringWriter();
        new Csv(out, List.of("a", "b")).row(Arrays.asList("x", null));

        assertThat(out.toString()).endsWith("x,\r\n");
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        Csv csv = new Csv(new StringWriter(), List.of("a", "b"));

        assertThatThrownBy(() -> csv.row(List.of("only one"))).isInstanceOf(IllegalArgumentException.class);
    }
}
