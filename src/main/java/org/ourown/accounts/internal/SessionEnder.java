package org.ourown.accounts.internal;

import org.ourown.accounts.AccountId;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every session of an account, on every instance (sessions are indexed by account id, the principal name). */
@Component
class SessionEnder {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionEnder(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void endAll(AccountId account) {
        sessions.findByPrincipalName(account.toString()).keySet().forEach(sessions::deleteById);
    }
}
