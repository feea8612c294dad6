package org.ourown.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public record NewOrganization(
        @NotBlank(message = "{organization.name.required}")
        @Size(min = 2, max = 200, message = "{organization.name.size}")
        String name,

        @NotBlank(message = "{organization.slug.required}")
        @Size(max = 60, message = "{organization.slug.pattern}")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{organization.slug.pattern}")
        String slug,

        @NotBlank(message = "{organization.timezone.required}")
        String timezone,

        @NotEmpty(message = "{organization.languages.required}")
        List<@Pattern(regexp = "en|es", message = "{organization.languages.known}") String> languages) {}
