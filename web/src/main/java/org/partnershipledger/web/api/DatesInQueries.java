package org.partnershipledger.web.api;

import java.time.LocalDate;
import org.partnershipledger.core.Values;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A date in a query ({@code asOf}, {@code from}, ...) is read as strictly as one in a body: {@code yyyy-MM-dd}
 * within the ledger's range of dates, else a 400 naming the parameter. Registered last, it takes precedence
 * over Spring's lenient, locale-dependent default.
 */
@Configuration(proxyBeanMethods = false)
class DatesInQueries implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(
                String.class,
                LocalDate.class,
                text -> text.isEmpty() ? null : Values.date(LocalDate.parse(text), "date"));
    }
}
