package org.ourown.members.internal;

import org.ourown.members.ContactMethod;
import org.ourown.members.MemberProfile;
import org.ourown.shared.Rejected;

/** What Bean Validation cannot say about a profile: contact details must fit the way of contact chosen. */
final class ProfileRules {

    private ProfileRules() {}

    static MemberProfile check(MemberProfile profile) {
        ContactMethod method = profile.contactMethod() == null ? ContactMethod.NONE : profile.contactMethod();
        String detail = blankToNull(profile.contactDetail());
        boolean needsDetail =
                method == ContactMethod.PHONE || method == ContactMethod.TEXT || method == ContactMethod.EMAIL;
        if (needsDetail && detail == null) {
            throw new Rejected("contactDetail", "member.contactDetail.required");
        }
        if (method == ContactMethod.EMAIL && !detail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new Rejected("contactDetail", "member.contactDetail.email");
        }
        if ((method == ContactMethod.PHONE || method == ContactMethod.TEXT) && !detail.matches("[0-9+()\\-. ]{7,30}")) {
            throw new Rejected("contactDetail", "member.contactDetail.phone");
        }
        return new MemberProfile(
                profile.alias().strip(),
                blankToNull(profile.pronouns()),
                blankToNull(profile.preferredLanguage()),
                method,
                needsDetail ? detail : null,
                profile.shareContact());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
