package org.ourown.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signing in with a second step. A right password for an account with two-factor codes gives only the authority
 * {@link #PENDING}, which opens nothing but the code page; the right code then gives the full sign-in.
 */
@Component
public class TwoFactorSignIn {

    static final String PENDING = "TWO_FACTOR_PENDING";

    private final TwoFactor twoFactor;
    private final HttpSessionSecurityContextRepository contexts;

    TwoFactorSignIn(TwoFactor twoFactor, HttpSessionSecurityContextRepository contexts) {
        this.twoFactor = twoFactor;
        this.contexts = contexts;
    }

    /** Checks the code of a person half-way through signing in; true when they are now fully signed in. */
    public boolean complete(String code, HttpServletRequest request, HttpServletResponse response) {
        Authentication pending = SecurityContextHolder.getContext().getAuthentication();
        if (pending == null || !(pending.getPrincipal() instanceof AccountPrincipal principal)) {
            return false;
        }
        if (!twoFactor.verifyAtSignIn(principal.currentUser().id(), code)) {
            return false;
        }
        save(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()),
                contexts,
                request,
                response);
        return true;
    }

    private static void save(
            Authentication authentication,
            HttpSessionSecurityContextRepository contexts,
            HttpServletRequest request,
            HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** After the password: straight in, or on to the code page. */
    static class AfterPassword implements AuthenticationSuccessHandler {

        private final HttpSessionSecurityContextRepository contexts;
        private final SavedRequestAwareAuthenticationSuccessHandler fullyIn =
                new SavedRequestAwareAuthenticationSuccessHandler();

        AfterPassword(HttpSessionSecurityContextRepository contexts) {
            this.contexts = contexts;
        }

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException, jakarta.servlet.ServletException {
            if (authentication.getPrincipal() instanceof AccountPrincipal principal && principal.twoFactor()) {
                save(
                        UsernamePasswordAuthenticationToken.authenticated(
                                principal, null, List.of(new SimpleGrantedAuthority(PENDING))),
                        contexts,
                        request,
                        response);
                response.sendRedirect(request.getContextPath() + "/login/code");
                return;
            }
            fullyIn.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /** Someone half-way through signing in who opens another page is sent back to the code page, not told off. */
    static class PendingAware implements AccessDeniedHandler {

        private final AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
                throws IOException, jakarta.servlet.ServletException {
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            boolean pending = current != null
                    && current.getAuthorities().stream().anyMatch(a -> PENDING.equals(a.getAuthority()));
            if (pending) {
                response.sendRedirect(request.getContextPath() + "/login/code");
            } else {
                refuse.handle(request, response, denied);
            }
        }
    }
}
