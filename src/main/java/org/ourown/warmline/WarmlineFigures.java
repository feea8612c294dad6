package org.ourown.warmline;

import jakarta.validation.Valid;

/**
 * Figures for coordinators and admins of an organization, about its own lines only: a line of another organization
 * (or no line at all) is {@link org.ourown.shared.NotFound}. Counts from 1 to 10 never leave this facade exactly.
 */
public interface WarmlineFigures {

    /** A range ending before it starts or longer than a year is {@link org.ourown.shared.Rejected}. */
    Figures figures(@Valid FiguresQuery query);

    /** The last 28 days up to today in the organization's time zone, every line. */
    FiguresQuery lastFourWeeks();
}
