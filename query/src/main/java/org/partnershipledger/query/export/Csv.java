package org.partnershipledger.query.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Rows of comma-separated values as RFC 4180 says: CRLF line ends, and a field quoted (its quotes doubled)
 * when it holds a comma, a quote or a line break. Small enough to need no library. The text starts with a
 * byte-order mark, without which a spreadsheet on Windows reads UTF-8 as its own code page and garbles æøå.
 */
final class Csv {

    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;
    private final int columns;

    Csv(Writer out, List<String> header) {
        this.out = out;
        this.columns = header.size();
        try {
            out.write(BYTE_ORDER_MARK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(header);
    }

    void row(List<?> fields) {
        if (fields.size() != columns) {
            throw new IllegalArgumentException("expected " + columns + " fields, got " + fields.size());
        }
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(Object value) {
        String text = Objects.toString(value, "");
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
