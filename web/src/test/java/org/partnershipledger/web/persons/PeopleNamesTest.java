package org.partnershipledger.web.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.query.person.PersonView;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** How a page names a person: by the register, erased as erased, unregistered by id, never for researchers. */
class PeopleNamesTest {

    private final PersonRegister register = mock(PersonRegister.class);
    private final PersonReading reading = mock(PersonReading.class);
    private PeopleNames names;

    @BeforeEach
    void setUp() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/persons");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        names = new PeopleNames(mock(UserAccounts.class), register, reading, messages);
        when(register.all())
                .thenReturn(List.of(
                        new PersonView("p-eva", "Eva Winther", null, null, null, false),
                        new PersonView("karen", null, null, null, null, true)));
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aRegisteredPersonReadsByNameAnErasedOneAsErasedAndAnUnregisteredOneByTheirId() {
        when(reading.readsNames()).thenReturn(true);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));

        PeopleNames.Lookup people = names.lookup();

        assertThat(people.name("p-eva")).isEqualTo("Eva Winther");
        assertThat(people.name("karen")).isEqualTo("slettet");
        assertThat(people.name("tina-bro")).isEqualTo("tina-bro");
    }

    @Test
    void anErasedPersonReadsErasedInEnglish() {
        when(reading.readsNames()).thenReturn(true);
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(names.lookup().name("karen")).isEqualTo("[erased]");
    }

    @Test
    void aResearcherReadsNoNamesOnlyWhatTheirHistoryCarries() {
        when(reading.readsNames()).thenReturn(false);

        assertThat(names.lookup().name("p-eva")).isEqualTo("p-eva");
    }
}
