package dev.stratus.customers.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The rules a registration must meet, as the workflow's Validate step decides them. The HTTP door
 * already checked the shape; these check it again because on AWS the step is a Lambda function that
 * anything with the right to start the state machine can feed.
 */
final class CustomerRules {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{3,64}");

	/**
	 * Ids that name the module's own routes ({@code GET /api/customers/workflow}, {@code …/executions}):
	 * a customer with one of them could never be read by its id.
	 */
	static final Set<String> RESERVED = Set.of("workflow", "executions");

	/**
	 * An address with a dot-atom local part and a domain of at least two labels (letters, digits,
	 * inner hyphens): what a mail server will take, without quoted local parts or address literals.
	 */
	static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
			+ "(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
			+ "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

	static final int MAX_EMAIL = 254;

	static final int MAX_NAME = 200;

	static final int MAX_ATTRIBUTES = 20;

	static final int MAX_ATTRIBUTE_NAME = 64;

	static final int MAX_ATTRIBUTE_VALUE = 256;

	private CustomerRules() {
	}

	/** The first rule {@code customer} breaks, checked in the contract's order (id, email, attributes). */
	static Optional<Rejection> broken(JsonNode customer) {
		JsonNode id = customer.path("id");
		if (!id.isString() || !ID.matcher(id.asString()).matches()) {
			return Optional.of(Rejection.invalidId("The id must be 3 to 64 letters, digits, '-' or '_'"));
		}
		if (RESERVED.contains(id.asString())) {
			return Optional.of(Rejection.invalidId("The id '" + id.asString() + "' is reserved: it names a route"));
		}
		JsonNode email = customer.path("email");
		if (!email.isMissingNode() && !email.isNull()
				&& (!email.isString() || email.asString().length() > MAX_EMAIL
						|| !EMAIL.matcher(email.asString()).matches())) {
			return Optional.of(new Rejection("INVALID_EMAIL", "The email is not a valid address"));
		}
		JsonNode name = customer.path("name");
		if (!name.isMissingNode() && !name.isNull() && (!name.isString() || name.asString().length() > MAX_NAME)) {
			return Optional.of(attributes("The name must be text of at most " + MAX_NAME + " characters"));
		}
		return attributesBroken(customer.path("attributes"));
	}

	private static Optional<Rejection> attributesBroken(JsonNode attributes) {
		if (attributes.isMissingNode() || attributes.isNull()) {
			return Optional.empty();
		}
		if (!attributes.isObject() || attributes.size() > MAX_ATTRIBUTES) {
			return Optional
				.of(attributes("The attributes must be an object of at most " + MAX_ATTRIBUTES + " entries"));
		}
		for (Map.Entry<String, JsonNode> entry : attributes.properties()) {
			String name = entry.getKey();
			JsonNode value = entry.getValue();
			if (name.isEmpty() || name.length() > MAX_ATTRIBUTE_NAME || !value.isString()
					|| value.asString().length() > MAX_ATTRIBUTE_VALUE) {
				return Optional.of(attributes("Attribute names are 1 to " + MAX_ATTRIBUTE_NAME
						+ " characters, values text of at most " + MAX_ATTRIBUTE_VALUE));
			}
		}
		return Optional.empty();
	}

	private static Rejection attributes(String cause) {
		return new Rejection("INVALID_ATTRIBUTES", cause);
	}

}
