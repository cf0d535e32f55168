package eu.skills4cities.citycert.security;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The description of CityCert's JSON API at /v3/api-docs (browsable at /swagger-ui). */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "CityCert API", version = "1",
                description = "Certification of smart city professionals: accounts, applications, staff tasks, "
                        + "frameworks and certificates. Sign in with an API token (integrations: 'Authorization: Bearer "
                        + "<token>', created under /api/me/tokens), HTTP Basic (scripts) or the browser session; "
                        + "every caller only reaches what their role allows, and a candidate only their own data."),
        security = {@SecurityRequirement(name = "bearerAuth"), @SecurityRequirement(name = "basicAuth")})
@SecurityScheme(name = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Username and password; repeated failures are refused for a while with 429 and Retry-After")
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token of the account (shown once when created); a revoked, expired or unknown token gets 401")
class OpenApiDocumentation {
}
