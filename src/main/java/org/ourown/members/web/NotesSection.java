package org.ourown.members.web;

import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.Role;
import org.ourown.members.MemberRecord;
import org.ourown.members.SupportSessions;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** On the staff view of a record: the support notes and referrals this reader may read, and how many they may not. */
@Component
@Order(30)
class NotesSection implements RecordSection {

    private final SupportSessions sessions;

    NotesSection(SupportSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Fragment fill(MemberRecord record, Model model) {
        model.addAttribute("supportNotes", sessions.onRecord(record.id(), record.purpose()));
        CurrentUser me = CurrentUser.require();
        model.addAttribute("mayWriteNotes", me.has(Role.PEER) || me.has(Role.COORDINATOR));
        return new Fragment("members/notes", "record");
    }
}
