package org.ourown.members.web;

import org.ourown.members.ContactMethod;
import org.ourown.members.Purpose;
import org.ourown.members.RecordPart;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The closed lists this module's pages offer as choices. */
@ControllerAdvice(basePackageClasses = MembersModel.class)
class MembersModel {

    @ModelAttribute("contactMethods")
    ContactMethod[] contactMethods() {
        return ContactMethod.values();
    }

    @ModelAttribute("purposes")
    Purpose[] purposes() {
        return Purpose.values();
    }

    @ModelAttribute("recordParts")
    RecordPart[] recordParts() {
        return RecordPart.values();
    }
}
