package org.ourown.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What a coordinator may change about a service from its edit form. */
public record ServiceChange(
        @NotBlank(message = "{directory.name.required}") @Size(min = 2, max = 200, message = "{directory.name.size}")
        String name,

        @Size(max = 4000, message = "{directory.description.size}")
        String description,

        @Pattern(regexp = "^$|^https?://\\S+$", message = "{directory.url.format}")
        @Size(max = 500, message = "{directory.url.format}")
        String url,

        @Email(message = "{account.email.format}") @Size(max = 254, message = "{account.email.format}")
        String email,

        @Pattern(regexp = "active|inactive|defunct|temporarily closed", message = "{directory.status.unknown}")
        String status,

        Set<ServiceKind> kinds) {}
