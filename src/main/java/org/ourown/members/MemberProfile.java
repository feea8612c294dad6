package org.ourown.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a member says about themselves. Only the alias is required; a blank field means "prefer not to say".
 *
 * @param shareContact whether the organization's staff may see the contact details (recorded as a consent)
 */
public record MemberProfile(
        @NotBlank(message = "{member.alias.required}") @Size(max = 80, message = "{member.alias.size}")
        String alias,

        @Size(max = 40, message = "{member.pronouns.size}") String pronouns,
        @Size(max = 40, message = "{member.language.size}") String preferredLanguage,
        ContactMethod contactMethod,

        @Size(max = 200, message = "{member.contactDetail.size}")
        String contactDetail,

        Boolean shareContact) {

    public MemberProfile {
        shareContact = Boolean.TRUE.equals(shareContact);
    }

    public static MemberProfile blank() {
        return new MemberProfile("", "", "", ContactMethod.NONE, "", false);
    }
}
