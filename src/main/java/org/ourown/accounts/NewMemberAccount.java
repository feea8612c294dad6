package org.ourown.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A member's own account. The sign-in name may be an email address but need not be: anything the person will
 * remember, made of letters, digits and {@code . _ - @ +}. The alias is the name they go by here.
 */
public record NewMemberAccount(
        @NotBlank(message = "{member.signInName.required}")
        @Size(min = 3, max = 254, message = "{member.signInName.format}")
        @Pattern(regexp = "[A-Za-z0-9._@+-]*", message = "{member.signInName.format}")
        String signInName,

        @NotBlank(message = "{member.alias.required}") @Size(max = 80, message = "{member.alias.size}")
        String alias,

        @NotBlank(message = "{account.password.required}")
        @Size(min = 12, max = 200, message = "{account.password.size}")
        String password) {}
