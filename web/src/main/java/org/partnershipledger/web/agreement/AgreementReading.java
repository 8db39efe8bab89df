package org.partnershipledger.web.agreement;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.agreement.UnknownVersionException;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipState;
import org.partnershipledger.web.partnership.PartnershipRecord;
import org.partnershipledger.web.programme.PairTitles;
import org.partnershipledger.web.security.Histories;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A partnership's agreement as the signed-in reader may see it, for the agreement pages: read through
 * {@link Histories}, so the same authority and redaction rules apply as for the API.
 */
@Component
class AgreementReading {

    private final Histories histories;
    private final MessageSource messages;
    private final PairTitles pairTitles;

    AgreementReading(Histories histories, MessageSource messages, PairTitles pairTitles) {
        this.histories = histories;
        this.messages = messages;
        this.pairTitles = pairTitles;
    }

    /** The partnership today and its record; {@code title} is its name as this reader reads it. */
    record Agreement(
            String id, String title, PartnershipState.View state, PartnershipRecord record, Histories.Reading reading) {

        PartnershipRecord.Version version(int number) {
            return record.version(number)
                    .orElseThrow(() -> new UnknownVersionException(
                            new PartnershipId(id),
                            number,
                            record.latest()
                                    .map(PartnershipRecord.Version::number)
                                    .orElse(0)));
        }

        int latestNumber() {
            return record.latest().map(PartnershipRecord.Version::number).orElse(0);
        }
    }

    Agreement of(String id) {
        Histories.Reading reading = histories.readable(id);
        List<HistoryEvent> history = histories.window(reading, Optional.empty(), Optional.empty());
        return new Agreement(
                id,
                pairTitles.of(history),
                PartnershipState.of(history, LocalDate.now(ZoneOffset.UTC)),
                PartnershipRecord.of(history),
                reading);
    }

    /** The version's sections in the page's language. */
    List<AgreementSections.Section> sections(Agreement agreement, PartnershipRecord.Version version) {
        return AgreementSections.of(version.content(), words(agreement.record()));
    }

    private AgreementSections.Words words(PartnershipRecord record) {
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(messages.getMessage("date.format", null, locale), locale);
        return new AgreementSections.Words() {
            @Override
            public String partner(String partnerId) {
                return record.nameOf(partnerId);
            }

            @Override
            public String date(LocalDate date) {
                return date == null ? "" : dates.format(date);
            }

            @Override
            public String yesOrNo(boolean yes) {
                return messages.getMessage(yes ? "partnership.yes" : "partnership.no", null, locale);
            }

            @Override
            public String period(Period period) {
                long months = period.toTotalMonths();
                int days = period.getDays();
                if (months == 0 && days == 0) {
                    return messages.getMessage("partnership.period.none", null, locale);
                }
                return messages.getMessage(
                        days == 0 ? "partnership.period.months" : "partnership.period.monthsAndDays",
                        new Object[] {months, days},
                        locale);
            }

            @Override
            public String shared() {
                return messages.getMessage("partnership.shared", null, locale);
            }
        };
    }
}
