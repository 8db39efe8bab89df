package org.partnershipledger.web.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.partnershipledger.web.api.NotInTheFuture;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A signatory signs the version on the page for their partner. The content hash travels with the form,
 * as the page showed it, so a page loaded before someone amended the agreement cannot sign the new text.
 */
public class SignatureForm {

    @NotBlank(message = "{partnership.sign.error.partner}")
    private String partner = "";

    @NotBlank(message = "{partnership.sign.error.contentHash}")
    private String contentHash = "";

    @NotNull(message = "{partnership.sign.error.signedOn.missing}")
    @NotInTheFuture(message = "{partnership.sign.error.signedOn.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn = LocalDate.now(ZoneOffset.UTC);

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getContentHash() {
        return contentHash;
    }

    public void setContentHash(String contentHash) {
        this.contentHash = contentHash;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }
}
