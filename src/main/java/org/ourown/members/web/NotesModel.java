package org.ourown.members.web;

import java.time.ZoneId;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.OrganizationCard;
import org.ourown.accounts.Organizations;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Times on notes show in the organization's own time zone. Whoever reads a member's notes here (the member, or staff
 * of the member's organization) belongs to that organization, so its zone is the reader's.
 */
@ControllerAdvice(basePackageClasses = NotesModel.class)
class NotesModel {

    private final Organizations organizations;

    NotesModel(Organizations organizations) {
        this.organizations = organizations;
    }

    @ModelAttribute("notesZone")
    ZoneId notesZone() {
        return CurrentUser.current()
                .filter(me -> me.organization() != null)
                .flatMap(me -> organizations.cards().stream()
                        .filter(card -> card.id().equals(me.organization()))
                        .map(OrganizationCard::timezone)
                        .findFirst())
                .map(ZoneId::of)
                .orElse(ZoneId.of("UTC"));
    }
}
