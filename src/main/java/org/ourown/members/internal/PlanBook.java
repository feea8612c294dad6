package org.ourown.members.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourown.accounts.CurrentUser;
import org.ourown.members.MembershipId;
import org.ourown.members.PlanAnswers;
import org.ourown.members.PlanSection;
import org.ourown.members.PlanSectionView;
import org.ourown.members.Purpose;
import org.ourown.members.WellnessPlans;
import org.ourown.shared.PersonalDataAccessed.Action;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The wellness plan. Writes go only through {@link RecordAccess#own()}, so nobody but the member can write, whatever
 * their role; staff read the sections a consent covers, each read audited.
 */
@Service
@Validated
@Transactional
class PlanBook implements WellnessPlans {

    static final int MAX_ANSWER = 4000;

    private final PlanRows rows;
    private final RecordAccess access;
    private final Clock clock;

    PlanBook(PlanRows rows, RecordAccess access, Clock clock) {
        this.rows = rows;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanSectionView> mine() {
        MembershipRow me = access.own();
        return Arrays.stream(PlanSection.values())
                .map(section -> rows.section(me.id(), section))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PlanSectionView mine(PlanSection section) {
        return rows.section(access.own().id(), section);
    }

    @Override
    public PlanSectionView write(PlanSection section, PlanAnswers answers) {
        MembershipRow me = access.own();
        Map<String, String> clean = new LinkedHashMap<>();
        for (Map.Entry<String, String> answer : answers.answers().entrySet()) {
            if (!section.prompts().contains(answer.getKey())) {
                throw new Rejected("answers", "plan.answer.unknown");
            }
            String text = RoadmapBook.blankToNull(answer.getValue());
            if (text != null && text.length() > MAX_ANSWER) {
                throw new Rejected("answers[" + answer.getKey() + "]", "plan.answer.tooLong");
            }
            if (text != null) {
                clean.put(answer.getKey(), text);
            }
        }
        rows.replace(me, section, clean, CurrentUser.require().id().value(), clock.instant());
        access.audit(me, section.part().recordType(), Action.UPDATE, null);
        return rows.section(me.id(), section);
    }

    @Override
    public List<PlanSectionView> of(MembershipId member, Purpose purpose) {
        if (purpose == null) {
            throw new Rejected("purpose", "member.purpose.required");
        }
        MembershipRow row = access.visible(member);
        List<PlanSectionView> shown = new ArrayList<>();
        for (PlanSection section : PlanSection.values()) {
            if (access.mayRead(row, section.part())) {
                access.read(row, section.part(), purpose);
                shown.add(rows.section(row.id(), section));
            }
        }
        return shown;
    }
}
