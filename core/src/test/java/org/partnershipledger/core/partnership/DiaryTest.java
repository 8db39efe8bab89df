package org.partnershipledger.core.partnership;

import static org.partnershipledger.core.partnership.KnownPartners.MODREHJAELPEN;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.diary.DiaryEntry;
import org.partnershipledger.core.diary.DiaryEntryAlreadyRecordedException;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.diary.NotTheAuthorException;
import org.partnershipledger.core.diary.UnknownDiaryEntryException;
import org.partnershipledger.core.diary.Visibility;
import org.partnershipledger.core.diary.VisibilityUnchangedException;
import org.partnershipledger.core.partnership.PartnershipRules.NotARepresentative;

class DiaryTest {

    private static final PartnershipId ID = new PartnershipId("pair-1");
    private static final LocalDate MET = LocalDate.of(2024, 3, 12);
    private static final PersonId EXPERT = new PersonId("expert");
    private static final DiaryEntryId ENTRY = new DiaryEntryId("entry-1");

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    private static PartnershipFormed formed() {
        return new PartnershipFormed(ID, "Pair 1", "Learn from each other", MET.minusWeeks(2), KnownPartners.TWO);
    }

    private static RepresentativeAppointed expertAppointed() {
        return new RepresentativeAppointed(ID, EXPERT, MODREHJAELPEN.id(), Role.WORKING_GROUP, MET.minusWeeks(2));
    }

    @Test
    void aRepresentativeKeepsAPrivateDiary() {
        fixture.given(formed(), expertAppointed())
                .when(new RecordDiaryEntry(ID, ENTRY, new DiaryEntry(EXPERT, MET, "We met at the library", null)))
                .expectEvents(
                        new DiaryEntryRecorded(ID, ENTRY, EXPERT, "We met at the library", Visibility.PRIVATE, MET));
    }

    @Test
    void onlyARepresentativeWritesInTheDiaryOfAPartnership() {
        fixture.given(formed())
                .when(new RecordDiaryEntry(ID, ENTRY, new DiaryEntry(EXPERT, MET, "text", Visibility.PRIVATE)))
                .expectException(NotARepresentative.class);
    }

    @Test
    void aDiaryEntryIsRecordedOnce() {
        fixture.given(
                        formed(),
                        expertAppointed(),
                        new DiaryEntryRecorded(ID, ENTRY, EXPERT, "text", Visibility.PRIVATE, MET))
                .when(new RecordDiaryEntry(ID, ENTRY, new DiaryEntry(EXPERT, MET, "text", Visibility.PRIVATE)))
                .expectException(DiaryEntryAlreadyRecordedException.class);
    }

    @Test
    void theAuthorSharesAnEntry() {
        fixture.given(
                        formed(),
                        expertAppointed(),
                        new DiaryEntryRecorded(ID, ENTRY, EXPERT, "text", Visibility.PRIVATE, MET))
                .when(new ChangeDiaryEntryVisibility(ID, ENTRY, EXPERT, Visibility.SHARED, MET))
                .expectEvents(new DiaryEntryVisibilityChanged(ID, ENTRY, Visibility.SHARED, MET));
    }

    @Test
    void onlyTheAuthorSharesAnEntry() {
        fixture.given(
                        formed(),
                        expertAppointed(),
                        new DiaryEntryRecorded(ID, ENTRY, EXPERT, "text", Visibility.PRIVATE, MET))
                .when(new ChangeDiaryEntryVisibility(ID, ENTRY, new PersonId("leader"), Visibility.SHARED, MET))
                .expectException(NotTheAuthorException.class);
    }

    @Test
    void anUnknownEntryCannotBeShared() {
        fixture.given(formed(), expertAppointed())
                .when(new ChangeDiaryEntryVisibility(ID, ENTRY, EXPERT, Visibility.SHARED, MET))
                .expectException(UnknownDiaryEntryException.class);
    }

    @Test
    void sharingASharedEntryIsRefused() {
        fixture.given(
                        formed(),
                        expertAppointed(),
                        new DiaryEntryRecorded(ID, ENTRY, EXPERT, "text", Visibility.SHARED, MET))
                .when(new ChangeDiaryEntryVisibility(ID, ENTRY, EXPERT, Visibility.SHARED, MET))
                .expectException(VisibilityUnchangedException.class);
    }
}
