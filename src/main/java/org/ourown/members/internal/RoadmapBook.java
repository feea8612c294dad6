package org.ourown.members.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.ourown.accounts.CurrentUser;
import org.ourown.members.AboutMe;
import org.ourown.members.CheckInRequest;
import org.ourown.members.GoalRequest;
import org.ourown.members.MembershipId;
import org.ourown.members.Purpose;
import org.ourown.members.RecordPart;
import org.ourown.members.Roadmap;
import org.ourown.members.Roadmaps;
import org.ourown.members.StepRequest;
import org.ourown.shared.NotFound;
import org.ourown.shared.PersonalDataAccessed.Action;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The roadmap: every write is the member's own (through {@link RecordAccess#own()}); staff only read, by consent. */
@Service
@Validated
@Transactional
class RoadmapBook implements Roadmaps {

    private static final String RECORD = RecordPart.ROADMAP.recordType();

    private final RoadmapRows rows;
    private final RoadmapStepRows steps;
    private final RecordAccess access;
    private final Clock clock;

    RoadmapBook(RoadmapRows rows, RoadmapStepRows steps, RecordAccess access, Clock clock) {
        this.rows = rows;
        this.steps = steps;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Roadmap mine() {
        return rows.roadmap(access.own().id());
    }

    @Override
    @Transactional(readOnly = true)
    public Roadmap.Goal goal(UUID goal) {
        return ownGoal(access.own(), goal);
    }

    @Override
    public Roadmap.Goal addGoal(GoalRequest request) {
        MembershipRow me = access.own();
        UUID id = UUID.randomUUID();
        rows.insertGoal(me, id, trimmed(request), by(), clock.instant());
        wrote(me, Action.CREATE);
        return ownGoal(me, id);
    }

    @Override
    public Roadmap.Goal rewordGoal(UUID goal, GoalRequest request) {
        MembershipRow me = access.own();
        if (goal == null || !rows.updateGoal(me.id(), goal, trimmed(request), by(), clock.instant())) {
            throw new NotFound("goal");
        }
        wrote(me, Action.UPDATE);
        return ownGoal(me, goal);
    }

    @Override
    public void archiveGoal(UUID goal, boolean archived) {
        MembershipRow me = access.own();
        if (goal == null || !rows.archive(me.id(), goal, archived, by(), clock.instant())) {
            throw new NotFound("goal");
        }
        wrote(me, Action.UPDATE);
    }

    @Override
    public Roadmap.Step addStep(UUID goal, StepRequest request) {
        MembershipRow me = access.own();
        ownGoal(me, goal);
        UUID id = UUID.randomUUID();
        String wording = request.wording().strip();
        steps.insertStep(me.id(), goal, id, wording, by(), clock.instant());
        wrote(me, Action.CREATE);
        return new Roadmap.Step(id, wording, false);
    }

    @Override
    public void markStep(UUID goal, UUID step, boolean done) {
        MembershipRow me = access.own();
        if (goal == null || step == null || !steps.mark(me.id(), goal, step, done, clock.instant())) {
            throw new NotFound("step");
        }
        wrote(me, Action.UPDATE);
    }

    @Override
    public void removeStep(UUID goal, UUID step) {
        MembershipRow me = access.own();
        if (goal == null || step == null || !steps.remove(me.id(), goal, step)) {
            throw new NotFound("step");
        }
        wrote(me, Action.DELETE);
    }

    @Override
    public Roadmap.CheckIn checkIn(UUID goal, CheckInRequest request) {
        MembershipRow me = access.own();
        ownGoal(me, goal);
        if (request.checkedOn().isAfter(access.today(me))) {
            throw new Rejected("checkedOn", "roadmap.checkIn.on.future");
        }
        UUID id = UUID.randomUUID();
        CheckInRequest clean =
                new CheckInRequest(request.checkedOn(), request.howItIsGoing().strip(), request.scale());
        steps.insertCheckIn(me.id(), goal, id, clean, by(), clock.instant());
        wrote(me, Action.CREATE);
        return new Roadmap.CheckIn(id, clean.checkedOn(), clean.howItIsGoing(), clean.scale());
    }

    @Override
    public AboutMe updateAbout(AboutMe about) {
        MembershipRow me = access.own();
        AboutMe clean = new AboutMe(blankToNull(about.strengths()), blankToNull(about.whatHelps()));
        rows.saveAbout(me, clean, by(), clock.instant());
        wrote(me, Action.UPDATE);
        return clean;
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate today() {
        return access.today(access.own());
    }

    @Override
    public Roadmap of(MembershipId member, Purpose purpose) {
        if (purpose == null) {
            throw new Rejected("purpose", "member.purpose.required");
        }
        MembershipRow row = access.visible(member);
        access.read(row, RecordPart.ROADMAP, purpose);
        return rows.roadmap(row.id());
    }

    private Roadmap.Goal ownGoal(MembershipRow me, UUID goal) {
        return rows.goal(me.id(), goal).orElseThrow(() -> new NotFound("goal"));
    }

    private void wrote(MembershipRow me, Action action) {
        access.audit(me, RECORD, action, null);
    }

    private static UUID by() {
        return CurrentUser.require().id().value();
    }

    private static GoalRequest trimmed(GoalRequest request) {
        return new GoalRequest(
                request.wording().strip(), blankToNull(request.strengths()), blankToNull(request.whatHelps()));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
