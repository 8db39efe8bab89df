package org.partnershipledger.web.pages;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages speak Danish to Danish browsers and English to the rest, until the person picks a language with
 * the switch on every page ({@code ?lang=da|en}), which a cookie remembers.
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {

    static final Locale DANISH = Locale.forLanguageTag("da");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ledger-language");
        resolver.setDefaultLocaleFunction(
                request -> "da".equals(request.getLocale().getLanguage()) ? DANISH : Locale.ENGLISH);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
