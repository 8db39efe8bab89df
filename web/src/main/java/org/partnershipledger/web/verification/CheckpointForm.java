package org.partnershipledger.web.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.partnershipledger.web.api.NotInTheFuture;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A representative witnesses the head the page showed for their partner; the head and its event count
 * travel with the form, so what is signed off is what was read.
 */
public class CheckpointForm {

    @NotBlank(message = "{partnership.history.error.partner}")
    private String partner = "";

    @NotBlank
    private String headHash = "";

    private long eventCount;

    @NotNull(message = "{partnership.history.error.witnessedOn}")
    @NotInTheFuture(message = "{partnership.history.error.witnessedOn}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate witnessedOn = LocalDate.now(ZoneOffset.UTC);

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getHeadHash() {
        return headHash;
    }

    public void setHeadHash(String headHash) {
        this.headHash = headHash;
    }

    public long getEventCount() {
        return eventCount;
    }

    public void setEventCount(long eventCount) {
        this.eventCount = eventCount;
    }

    public LocalDate getWitnessedOn() {
        return witnessedOn;
    }

    public void setWitnessedOn(LocalDate witnessedOn) {
        this.witnessedOn = witnessedOn;
    }
}
