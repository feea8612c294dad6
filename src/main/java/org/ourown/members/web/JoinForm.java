package org.ourown.members.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ourown.accounts.NewMemberAccount;
import org.ourown.members.ContactMethod;
import org.ourown.members.MemberProfile;

/** Joining by oneself: how to sign in, and what the person chooses to say. */
record JoinForm(
        @NotBlank(message = "{member.signInName.required}")
        @Size(min = 3, max = 254, message = "{member.signInName.format}")
        @Pattern(regexp = "[A-Za-z0-9._@+-]*", message = "{member.signInName.format}")
        String signInName,

        @NotBlank(message = "{account.password.required}")
        @Size(min = 12, max = 200, message = "{account.password.size}")
        String password,

        @NotBlank(message = "{member.alias.required}") @Size(max = 80, message = "{member.alias.size}")
        String alias,

        @Size(max = 40, message = "{member.pronouns.size}") String pronouns,
        @Size(max = 40, message = "{member.language.size}") String preferredLanguage,
        ContactMethod contactMethod,

        @Size(max = 200, message = "{member.contactDetail.size}")
        String contactDetail,

        Boolean shareContact) {

    static JoinForm blank() {
        return new JoinForm("", "", "", "", "", ContactMethod.NONE, "", false);
    }

    NewMemberAccount account() {
        return new NewMemberAccount(signInName, alias, password);
    }

    MemberProfile profile() {
        return new MemberProfile(alias, pronouns, preferredLanguage, contactMethod, contactDetail, shareContact);
    }
}
