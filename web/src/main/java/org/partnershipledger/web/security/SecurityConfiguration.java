package org.partnershipledger.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.catalina.core.StandardHost;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two ways in: the API under {@code /api} (stateless; HTTP Basic with a ledger user, or an OpenID Connect
 * bearer token when configured) and the pages (form sign-in with a session and CSRF protection). Both
 * answer with the same security headers.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(@Value("${ledger.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    @Bean
    UserAccounts userAccounts(
            MongoDatabase database, PasswordEncoder passwords, @Value("${ledger.data-dir:./data}") Path dataDirectory) {
        UserAccounts users = new UserAccounts(database, passwords);
        FirstAdministrator.createIfNoUserExists(users, dataDirectory);
        return users;
    }

    @Bean
    UserDetailsService userDetailsService(UserAccounts users) {
        return username -> users.find(username)
                .map(LedgerUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider byPassword = new DaoAuthenticationProvider(users);
        byPassword.setPasswordEncoder(passwords);
        return new ProviderManager(new ThrottledAuthentication(
                byPassword, users, new LoginThrottle(Clock.systemUTC()), new RecentSignIns(Clock.systemUTC())));
    }

    /**
     * A request the firewall refuses (an encoded slash or dot, a {@code ;}, a control character) is answered
     * as the ledger answers bad input, before any filter chain and so before the header writers ran.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        ProblemResponses problems = new ProblemResponses(json);
        return (request, response, rejected) -> {
            SecurityHeaders.writeTo(response);
            problems.write(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "Bad request",
                    "The request's address or headers hold characters the ledger does not accept");
        };
    }

    /** Tomcat's own error answers carry the same problem details and headers as the ledger's. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve());
            }
        });
    }

    @Bean
    Authority authority(FoldedParticipants participants, CheckedVersions checked) {
        return new Authority(participants, checked);
    }

    /**
     * Participants kept for the 1,000 partnerships asked about most recently: a few kilobytes each, and a
     * partnership not among them is folded again from its history when next asked about.
     */
    @Bean
    FoldedParticipants foldedParticipants(
            EventStore events, @Value("${ledger.authority.partnerships-kept:1000}") int partnershipsKept) {
        return new FoldedParticipants(events, partnershipsKept);
    }

    /** Axon's Spring Boot support puts it on the command gateway, so every command sent is pinned by it. */
    @Bean
    CheckedVersions checkedVersions() {
        return new CheckedVersions();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            AuthenticationManager authentication,
            ObjectMapper json,
            ObjectProvider<OpenIdConnect> openIdConnect)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/api/admin/**")
                        .hasRole(Capacity.ADMINISTRATOR.name())
                        .anyRequest()
                        .authenticated())
                .authenticationManager(authentication)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        failures -> failures.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookie or session signs an API request in, and a POST must be JSON, which a page of
                // another site cannot send without the browser asking first (CORS is not enabled).
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::headers);
        OpenIdConnect oidc = openIdConnect.getIfAvailable();
        if (oidc != null) {
            oidc.acceptBearerTokens(http);
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http, AuthenticationManager authentication, ObjectProvider<OpenIdConnect> openIdConnect)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/error", "/favicon.ico", "/css/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .authenticationManager(authentication)
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(Customizer.withDefaults())
                .headers(SecurityConfiguration::headers);
        OpenIdConnect oidc = openIdConnect.getIfAvailable();
        if (oidc != null) {
            oidc.offerSignIn(http);
        }
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY));
    }
}
