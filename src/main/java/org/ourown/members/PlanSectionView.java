package org.ourown.members;

import java.time.Instant;
import java.util.Map;

/**
 * One section of a member's wellness plan.
 *
 * @param answers the member's answers by prompt key, in the section's order; unanswered prompts are absent
 * @param changedAt when the member last changed it, or null when they have not written in it yet
 */
public record PlanSectionView(PlanSection section, Map<String, String> answers, Instant changedAt) {}
