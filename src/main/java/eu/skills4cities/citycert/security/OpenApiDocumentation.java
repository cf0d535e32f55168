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
                        + "frameworks and certificates. Sign in with HTTP Basic (scripts) or the browser session; "
                        + "every caller only reaches what their role allows, and a candidate only their own data."),
        security = @SecurityRequirement(name = "basicAuth"))
@SecurityScheme(name = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiDocumentation {
}
