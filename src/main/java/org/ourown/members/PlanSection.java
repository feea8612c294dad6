package org.ourown.members;

import java.util.Arrays;
import java.util.List;
import org.ourown.shared.NotFound;

/**
 * The sections of a wellness plan, each a {@link RecordPart} of its own so that the member shares them one by one.
 * Each has guiding prompts (their text is in the messages, {@code plan.prompt.<SECTION>.<prompt>}); the member answers in their
 * own words, as much or as little as they like.
 */
public enum PlanSection {
    TOOLBOX("toolbox", RecordPart.PLAN_TOOLBOX, "tools", "tryOut"),
    DAILY("daily", RecordPart.PLAN_DAILY, "whenWell", "everyDay", "someDays"),
    TRIGGERS("triggers", RecordPart.PLAN_TRIGGERS, "triggers", "whatIDo"),
    WARNING_SIGNS("warning-signs", RecordPart.PLAN_WARNING_SIGNS, "signs", "whatIDo"),
    BREAKING_DOWN("breaking-down", RecordPart.PLAN_BREAKING_DOWN, "signs", "whatIDo"),
    CRISIS(
            "crisis",
            RecordPart.PLAN_CRISIS,
            "stepIn",
            "supporters",
            "notInvolved",
            "helps",
            "doesNotHelp",
            "preferences"),
    AFTER_CRISIS("after-crisis", RecordPart.PLAN_AFTER_CRISIS, "ready", "helps", "takeOff");

    private final String slug;
    private final RecordPart part;
    private final List<String> prompts;

    PlanSection(String slug, RecordPart part, String... prompts) {
        this.slug = slug;
        this.part = part;
        this.prompts = List.of(prompts);
    }

    public String slug() {
        return slug;
    }

    public RecordPart part() {
        return part;
    }

    /** The prompts' keys, in the order the page asks them. */
    public List<String> prompts() {
        return prompts;
    }

    /** The section a path names; NotFound for anything else. */
    public static PlanSection bySlug(String slug) {
        return Arrays.stream(values())
                .filter(section -> section.slug.equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFound("plan section"));
    }

    public static PlanSection of(RecordPart part) {
        return Arrays.stream(values())
                .filter(section -> section.part == part)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(part + " is not a plan section"));
    }
}
