package org.ourown.directory.internal.hours;

/** How an {@link OpeningRule} repeats; the two frequencies HSDS schedules allow. */
public enum Frequency {
    WEEKLY,
    MONTHLY
}
