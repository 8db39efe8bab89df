package org.partnershipledger.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import org.partnershipledger.query.history.PartnershipHistory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two ways in: the API under {@code /api} (stateless; HTTP Basic with a ledger user, or an OpenID Connect
 * bearer token when configured) and the pages (form sign-in with a session and CSRF protection). Both
 * answer with the same security headers.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'"
            + " 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

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

    @Bean
    Authority authority(PartnershipHistory histories) {
        return new Authority(histories);
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
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .addHeaderWriter(
                        new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()"));
    }
}
