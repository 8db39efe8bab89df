package org.partnershipledger.web.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.partnershipledger.query.export.DataCard;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * An export as it is downloaded: a ZIP of the export file and its data card ({@code datacard.json}), so
 * the card cannot be separated from the data it describes on the way to a researcher's tools.
 *
 * <p>The ZIP is written to the answer as the export makes it, never held whole, so an export of every
 * partnership needs the memory of one. Whatever may refuse the export (authority, bad parameters) must
 * have been asked before: once the first bytes are sent the answer is a 200. An export failing after that
 * leaves a ZIP without its central directory, which no reader takes for a whole one.
 */
public final class ExportArchive {

    public static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    public static final String DATA_CARD = "datacard.json";

    private ExportArchive() {}

    /**
     * @param export writes the export file
     * @param card the data card, asked for once the export is written, so it may count what was written
     */
    static void download(
            HttpServletResponse response,
            String archiveName,
            String file,
            Consumer<OutputStream> export,
            Supplier<DataCard> card)
            throws IOException {
        response.setContentType(ZIP.toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(archiveName).build().toString());
        ZipOutputStream zip = new ZipOutputStream(response.getOutputStream());
        zip.putNextEntry(new ZipEntry(file));
        export.accept(zip);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(DATA_CARD));
        card.get().write(zip);
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }
}
