package org.ourown.members.web;

import org.ourown.members.MemberRecord;
import org.springframework.ui.Model;

/**
 * A part of the staff view of a member's record that a feature of this module fills in: support notes, the roadmap,
 * the wellness plan. The record page shows every section in {@link org.springframework.core.annotation.Order order},
 * each from what the member's consents let the reader see.
 */
interface RecordSection {

    /**
     * Adds what the section shows to the model (under names of its own) and says which fragment shows it.
     *
     * @return the fragment, or null when the section has nothing to show this reader
     */
    Fragment fill(MemberRecord record, Model model);

    /** A Thymeleaf fragment: {@code template :: selector}, e.g. {@code members/notes-parts :: record}. */
    record Fragment(String template, String selector) {}
}
