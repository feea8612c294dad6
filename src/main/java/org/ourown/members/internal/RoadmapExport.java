package org.ourown.members.internal;

import org.springframework.stereotype.Component;

/** The member's roadmap in "all my data": the same record the roadmap page shows. */
@Component
class RoadmapExport implements MemberDataExport {

    private final RoadmapRows rows;

    RoadmapExport(RoadmapRows rows) {
        this.rows = rows;
    }

    @Override
    public ExportPart export(MembershipRow member) {
        return new ExportPart("roadmap", 20, rows.roadmap(member.id()), "members/roadmap-parts :: print");
    }
}
