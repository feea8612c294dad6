package org.ourown.warmline;

import jakarta.validation.Valid;
import java.util.List;

/**
 * The lines of the deployment. Anyone reads them; an organization's coordinators and admins set up their own, and
 * another organization's line is {@link org.ourown.shared.NotFound} to them.
 */
public interface Lines {

    /** Every line in the deployment, open or closed now; for anyone. */
    List<LineView> all();

    /** One line by its public address; for anyone. */
    LineView bySlug(String slug);

    /** Coordinators and admins: their organization's lines. */
    List<LineView> mine();

    /** Coordinators and admins: a line of their organization. */
    LineSettingsView settings(LineId id);

    /** A taken slug is {@link org.ourown.shared.Rejected}. */
    LineId create(@Valid LineSettings settings);

    void update(LineId id, @Valid LineSettings settings);
}
