package dev.stratus.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document at {@code /docs/spec}, generated from the controllers. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// A JsonNode (a workflow's document, an execution's input and output) is free-form JSON, not the
		// properties of Jackson's node class.
		SpringDocUtils.getConfig()
			.replaceWithSchema(JsonNode.class, new ObjectSchema().additionalProperties(true).description("JSON"));
	}

	@Bean
	OpenAPI stratusApi() {
		return new OpenAPI()
			.info(new Info().title("Stratus API")
				.version("0.1.0")
				.description("Inventory, orders and operations. Every response uses the "
						+ "{success, data | error, meta} envelope described in API.md."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
