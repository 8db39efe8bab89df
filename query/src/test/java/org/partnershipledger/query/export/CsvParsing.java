package org.partnershipledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV back with Apache Commons CSV as RFC 4180 says, so a test checks what a tool would read; and
 * checks the byte-order mark a spreadsheet needs to read the text as UTF-8.
 */
final class CsvParsing {

    private CsvParsing() {}

    static List<List<String>> rows(String csv) {
        assertThat(csv).as("starts with a byte-order mark").startsWith("\uFEFF");
        assertThat(csv).as("every row ends with CRLF").endsWith("\r\n");
        List<List<String>> rows = new ArrayList<>();
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1)))) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
