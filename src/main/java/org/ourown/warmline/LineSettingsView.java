package org.ourown.warmline;

/** A line's settings as its coordinators edit them. */
public record LineSettingsView(LineId id, LineSettings settings) {}
