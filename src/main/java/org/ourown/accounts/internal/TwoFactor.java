package org.ourown.accounts.internal;

import java.time.Clock;
import java.util.OptionalLong;
import org.ourown.accounts.AccountId;
import org.ourown.accounts.CurrentUser;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Optional two-factor codes for staff: turn on (proving a first code), check at sign-in, turn off. */
@Service
@Transactional
public class TwoFactor {

    private final AccountRepository accounts;
    private final SignInThrottle throttle;
    private final Clock clock;

    TwoFactor(AccountRepository accounts, SignInThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    public record Setup(String secret, String otpauthUri) {}

    public Setup newSetup() {
        CurrentUser me = staff();
        Account account = mine(me);
        String secret = TotpCodes.newSecret();
        return new Setup(secret, TotpCodes.otpauthUri("OurOwn", account.email(), secret));
    }

    public boolean isOn() {
        return mine(CurrentUser.require()).twoFactor();
    }

    public void turnOn(String secret, String code) {
        Account account = mine(staff());
        if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
            throw new Rejected("secret", "twoFactor.secret.invalid");
        }
        OptionalLong step = TotpCodes.match(secret, code, clock.instant(), -1);
        if (step.isEmpty()) {
            throw new Rejected("code", "twoFactor.code.wrong");
        }
        account.enableTwoFactor(secret, step.getAsLong(), clock.instant());
        accounts.save(account);
    }

    public void turnOff(String code) {
        Account account = mine(CurrentUser.require());
        if (!account.twoFactor()) {
            return;
        }
        OptionalLong step = TotpCodes.match(account.totpSecret(), code, clock.instant(), account.totpLastStep());
        if (step.isEmpty()) {
            throw new Rejected("code", "twoFactor.code.wrong");
        }
        account.disableTwoFactor(clock.instant());
        accounts.save(account);
    }

    /** The second step of signing in; wrong codes count towards the same throttle as wrong passwords. */
    public boolean verifyAtSignIn(AccountId id, String code) {
        String throttleName = "two-factor:" + id;
        if (!throttle.waitFor(throttleName).isZero()) {
            throw new Rejected("code", "signIn.throttled");
        }
        Account account = accounts.findById(id.value()).orElseThrow(() -> new NotFound("account"));
        OptionalLong step = TotpCodes.match(account.totpSecret(), code, clock.instant(), account.totpLastStep());
        if (step.isEmpty()) {
            throttle.failed(throttleName);
            return false;
        }
        account.usedTwoFactorStep(step.getAsLong());
        accounts.save(account);
        throttle.succeeded(throttleName);
        return true;
    }

    private CurrentUser staff() {
        CurrentUser me = CurrentUser.require();
        if (me.roles().stream().noneMatch(org.ourown.accounts.Role::isStaff)) {
            throw new org.springframework.security.access.AccessDeniedException("Two-factor codes are for staff");
        }
        return me;
    }

    private Account mine(CurrentUser me) {
        return accounts.findById(me.id().value()).orElseThrow(() -> new NotFound("account"));
    }
}
