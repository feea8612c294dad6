package org.ourown.members.internal;

import java.util.Arrays;
import org.ourown.members.PlanSection;
import org.springframework.stereotype.Component;

/** The member's wellness plan in "all my data": every section, answered or not. */
@Component
class WellnessPlanExport implements MemberDataExport {

    private final PlanRows rows;

    WellnessPlanExport(PlanRows rows) {
        this.rows = rows;
    }

    @Override
    public ExportPart export(MembershipRow member) {
        return new ExportPart(
                "wellnessPlan",
                30,
                Arrays.stream(PlanSection.values())
                        .map(section -> rows.section(member.id(), section))
                        .toList(),
                "members/plan-parts :: print");
    }
}
