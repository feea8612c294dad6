package org.ourown.members.internal;

import org.ourown.members.MembershipId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A member's consents name the people they trusted and what for: they go with the member. */
@Component
class ConsentsEraser implements MemberDataEraser {

    private final JdbcClient jdbc;

    ConsentsEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(MembershipId member) {
        jdbc.sql("delete from members.consent where membership_id = :m")
                .param("m", member.value())
                .update();
    }
}
