package org.ourown.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /api/openapi.json}. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI ourOwnApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("OurOwn API")
                        .version("1")
                        .description("JSON API of OurOwn. Errors are RFC 9457 problem details."
                                + " Sign in with HTTP Basic (accounts without two-factor codes).")
                        .license(new License().name("AGPL-3.0-or-later")))
                .schemaRequirement(
                        "basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
