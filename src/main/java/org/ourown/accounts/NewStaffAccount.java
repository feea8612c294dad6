package org.ourown.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A new account in an organization; the admin passes the first password on, and the person changes it. */
public record NewStaffAccount(
        @NotBlank(message = "{account.email.required}")
        @Email(message = "{account.email.format}")
        @Size(max = 254, message = "{account.email.format}")
        String email,

        @NotBlank(message = "{account.name.required}") @Size(max = 120, message = "{account.name.size}")
        String displayName,

        @NotBlank(message = "{account.password.required}")
        @Size(min = 12, max = 200, message = "{account.password.size}")
        String password,

        @NotEmpty(message = "{account.roles.required}") Set<Role> roles) {}
