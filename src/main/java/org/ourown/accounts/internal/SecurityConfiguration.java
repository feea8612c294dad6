package org.ourown.accounts.internal;

import java.util.List;
import org.ourown.shared.PublicPaths;
import org.ourown.shared.SecretGuardedPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors. Pages: a session (stored in PostgreSQL, shared by every instance), form sign-in with an optional
 * second step, CSRF tokens. API: HTTP Basic, no session, answers in problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No observations of the filter chain, authentication or authorization: only health is exposed, so nobody reads
     * them. {@code management.observations.enable.spring.security=false} drops each observation as it starts, but
     * every filter of every request was still wrapped to start one (bench/directory/README.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    HttpSessionSecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            AccountSignIn accounts,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            ApiSecurityProblems problems,
            List<PublicPaths> publicPaths)
            throws Exception {
        String[] open = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("/api/openapi.json", "/api/openapi.json/**"),
                        publicPaths.stream().flatMap(p -> p.patterns().stream()).filter(p -> p.startsWith("/api")))
                .toArray(String[]::new);
        http.securityMatcher("/api/**")
                .authenticationManager(
                        new ProviderManager(new ThrottledAuthentication(passwords(accounts, encoder), throttle, true)))
                .authorizeHttpRequests(requests -> requests.requestMatchers(open)
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(org.ourown.accounts.CurrentUser.SIGNED_IN))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            AccountSignIn accounts,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            HttpSessionSecurityContextRepository contexts,
            List<PublicPaths> publicPaths,
            List<SecretGuardedPaths> guarded)
            throws Exception {
        String[] open = publicPaths.stream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
        String[] ownProof = guarded.stream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
        if (ownProof.length > 0) {
            http.csrf(csrf -> csrf.ignoringRequestMatchers(ownProof));
        }
        http.authenticationManager(
                        new ProviderManager(new ThrottledAuthentication(passwords(accounts, encoder), throttle, false)))
                .securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/error/**",
                                "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(open.length == 0 ? new String[] {"/favicon.ico"} : open)
                        .permitAll()
                        .requestMatchers("/login/code")
                        .hasAuthority(TwoFactorSignIn.PENDING)
                        .requestMatchers("/network/**")
                        .hasRole("NETWORK_ADMIN")
                        .requestMatchers("/admin/**")
                        .hasAnyRole("ADMIN", "NETWORK_ADMIN")
                        .anyRequest()
                        .hasAuthority(org.ourown.accounts.CurrentUser.SIGNED_IN))
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(new TwoFactorSignIn.AfterPassword(contexts))
                        .failureHandler(new SignInFailures())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .exceptionHandling(errors -> errors.accessDeniedHandler(new TwoFactorSignIn.PendingAware()));
        headers(http);
        return http.build();
    }

    private static DaoAuthenticationProvider passwords(AccountSignIn accounts, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(
                        permissions -> permissions.policy("geolocation=(self), camera=(), microphone=(), payment=()")));
    }
}
