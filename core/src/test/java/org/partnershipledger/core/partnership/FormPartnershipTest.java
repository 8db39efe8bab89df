package org.partnershipledger.core.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.partnership.KnownPartners.FREDERIKSBERG_KOMMUNE;
import static org.partnershipledger.core.partnership.KnownPartners.MODREHJAELPEN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;

class FormPartnershipTest {

    private static final PartnershipId ID = PartnershipId.generate();
    private static final LocalDate FIRST_MEETING = LocalDate.of(2003, 8, 15);

    @Test
    void aPartnershipNeedsAtLeastTwoPartners() {
        assertThatThrownBy(() -> formWith("Violence against women", "Help", List.of(MODREHJAELPEN)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "partners")
                .hasMessageContaining("at least two partners");
    }

    @Test
    void aBlankNameIsRejected() {
        assertThatThrownBy(() -> formWith("  ", "Help", KnownPartners.TWO))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "name");
    }

    @Test
    void aBlankPurposeIsRejected() {
        assertThatThrownBy(() -> formWith("Violence against women", "", KnownPartners.TWO))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "purpose");
    }

    @Test
    void aPartnershipWithoutADomainDateIsRejected() {
        assertThatThrownBy(() -> new FormPartnership(ID, "Violence against women", "Help", null, KnownPartners.TWO))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "occurredOn");
    }

    @Test
    void twoPartnersWithTheSameNameAreRejected() {
        Partner sameOrganisationAgain = new Partner(PartnerId.generate(), " mødrehjælpen ", Sector.VOLUNTARY);

        assertThatThrownBy(() -> formWith(
                        "Violence against women",
                        "Help",
                        List.of(MODREHJAELPEN, FREDERIKSBERG_KOMMUNE, sameOrganisationAgain)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "partners")
                .hasMessageContaining("mødrehjælpen");
    }

    @Test
    void aPartnerWithABlankNameIsRejected() {
        assertThatThrownBy(() -> new Partner(PartnerId.generate(), " ", Sector.PUBLIC))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "partner.name");
    }

    @Test
    void aPartnerWithoutASectorIsRejected() {
        assertThatThrownBy(() -> new Partner(PartnerId.generate(), "Esbjerg Kommune", null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "partner.sector");
    }

    @Test
    void namesAreRecordedWithoutSurroundingWhitespace() {
        FormPartnership command = formWith("  Violence against women ", " Help ", KnownPartners.TWO);

        assertThat(command.name()).isEqualTo("Violence against women");
        assertThat(command.purpose()).isEqualTo("Help");
    }

    @Test
    void laterChangesToTheCallersListDoNotChangeTheCommand() {
        List<Partner> partners = new ArrayList<>(KnownPartners.TWO);
        FormPartnership command = formWith("Violence against women", "Help", partners);

        partners.clear();

        assertThat(command.partners()).containsExactly(MODREHJAELPEN, FREDERIKSBERG_KOMMUNE);
    }

    @Test
    void anEmptyEntryAmongThePartnersIsRejected() {
        assertThatThrownBy(() -> formWith("Violence against women", "Help", Arrays.asList(MODREHJAELPEN, null)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "partners");
    }

    @Test
    void aPartnershipIdReadsAsItsBareValueSoItCanIdentifyTheAggregate() {
        assertThat(new PartnershipId("abc")).hasToString("abc");
    }

    private static FormPartnership formWith(String name, String purpose, List<Partner> partners) {
        return new FormPartnership(ID, name, purpose, FIRST_MEETING, partners);
    }
}
