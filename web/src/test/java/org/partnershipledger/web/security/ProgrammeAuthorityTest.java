package org.partnershipledger.web.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PersonId;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class ProgrammeAuthorityTest {

    private static final PersonId FACILITATOR = new PersonId("lise");
    private static final List<PersonId> PAIRED = List.of(new PersonId("anna"), new PersonId("bo"));

    private final Authority authority = new Authority(null, null);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFacilitatorWhoRunsTheProgrammeReadsIt() {
        signIn(FACILITATOR, Capacity.FACILITATOR);

        assertThatCode(() -> authority.toReadProgramme(FACILITATOR, PAIRED)).doesNotThrowAnyException();
    }

    @Test
    void aPersonInOneOfItsPairsReadsIt() {
        signIn(new PersonId("bo"));

        assertThatCode(() -> authority.toReadProgramme(FACILITATOR, PAIRED)).doesNotThrowAnyException();
    }

    @Test
    void anotherFacilitatorIsRefused() {
        signIn(new PersonId("someone-else"), Capacity.FACILITATOR);

        assertThatThrownBy(() -> authority.toReadProgramme(FACILITATOR, PAIRED)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void theFacilitatorsPersonWithoutTheCapacityIsRefused() {
        signIn(FACILITATOR);

        assertThatThrownBy(() -> authority.toReadProgramme(FACILITATOR, PAIRED)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void aResearcherIsRefused() {
        signIn(null, Capacity.RESEARCHER);

        assertThatThrownBy(() -> authority.toReadProgramme(FACILITATOR, PAIRED)).isInstanceOf(AccessRefused.class);
    }

    private static void signIn(PersonId person, Capacity... capacities) {
        LedgerUser user = new LedgerUser(new UserAccount("user", "hash", person, Set.of(capacities)));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null));
    }
}
