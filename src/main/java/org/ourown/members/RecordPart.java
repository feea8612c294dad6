package org.ourown.members;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of a member's record that a consent can share, one by one. The wellness plan's sections are parts of
 * their own, because the member decides who may see each.
 */
public enum RecordPart {
    NOTES,
    ROADMAP,
    CONTACT,
    PLAN_TOOLBOX,
    PLAN_DAILY,
    PLAN_TRIGGERS,
    PLAN_WARNING_SIGNS,
    PLAN_BREAKING_DOWN,
    PLAN_CRISIS,
    PLAN_AFTER_CRISIS;

    public boolean isPlanSection() {
        return name().startsWith("PLAN_");
    }

    public static Set<RecordPart> planSections() {
        EnumSet<RecordPart> sections = EnumSet.noneOf(RecordPart.class);
        for (RecordPart part : values()) {
            if (part.isPlanSection()) {
                sections.add(part);
            }
        }
        return sections;
    }

    /** The stable name the audit trail records for a read of this part. */
    public String recordType() {
        return "member-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
