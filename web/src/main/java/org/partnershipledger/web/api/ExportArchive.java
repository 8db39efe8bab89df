package org.partnershipledger.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.partnershipledger.query.export.DataCard;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An export as it is downloaded: a ZIP of the export file and its data card ({@code datacard.json}), so
 * the card cannot be separated from the data it describes on the way to a researcher's tools.
 */
final class ExportArchive {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    static final String DATA_CARD = "datacard.json";

    private ExportArchive() {}

    static ResponseEntity<byte[]> download(String archiveName, DataCard card, Consumer<OutputStream> export) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(card.file()));
            export.accept(zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(DATA_CARD));
            card.write(zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(ZIP)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(archiveName)
                                .build()
                                .toString())
                .body(bytes.toByteArray());
    }
}
