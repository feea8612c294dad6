package org.ourown.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The person claims the membership a peer made with them: the code they were handed, and how they will sign in. */
public record ClaimRequest(
        @NotBlank(message = "{member.code.required}") @Size(max = 40, message = "{member.code.wrong}")
        String code,

        @NotBlank(message = "{member.signInName.required}")
        @Size(min = 3, max = 254, message = "{member.signInName.format}")
        @Pattern(regexp = "[A-Za-z0-9._@+-]*", message = "{member.signInName.format}")
        String signInName,

        @NotBlank(message = "{account.password.required}")
        @Size(min = 12, max = 200, message = "{account.password.size}")
        String password) {}
