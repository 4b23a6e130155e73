package dev.stratus.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Amazon States Language document of the app ({@code app/src/main/resources/workflows/<name>.asl.json}) and
 * what the deployment must give it: its placeholders ({@code ${CustomerValidateFunction}} is the task function
 * {@code customer-validate}, {@code ${CustomersTable}} the table {@code customers}, as the app's
 * {@code Workflows.declare} fills them locally) and the DynamoDB calls its states make.
 */
record WorkflowDocument(String name, Path file, Set<String> functions, Set<String> tables, Set<String> dynamoActions) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");

	private static final Pattern DYNAMO_TASK = Pattern.compile("arn:aws:states:::dynamodb:([a-zA-Z]+)");

	static WorkflowDocument read(Path file) {
		String text;
		try {
			text = Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Set<String> functions = new TreeSet<>();
		Set<String> tables = new TreeSet<>();
		Matcher placeholders = PLACEHOLDER.matcher(text);
		while (placeholders.find()) {
			String placeholder = placeholders.group(1);
			if (placeholder.endsWith("Function")) {
				functions.add(placeholder);
			}
			else if (placeholder.endsWith("Table")) {
				tables.add(placeholder);
			}
			else {
				throw new IllegalStateException(file + ": the placeholder ${" + placeholder + "} names neither a "
						+ "function (...Function) nor a table (...Table)");
			}
		}
		Set<String> actions = new TreeSet<>();
		Matcher dynamo = DYNAMO_TASK.matcher(text);
		while (dynamo.find()) {
			actions.add("dynamodb:" + Character.toUpperCase(dynamo.group(1).charAt(0)) + dynamo.group(1).substring(1));
		}
		String name = file.getFileName().toString().replace(".asl.json", "");
		return new WorkflowDocument(name, file, functions, tables, actions);
	}

	/** {@code CustomerValidateFunction} as {@code customer-validate}, the task's name in the app. */
	static String resourceName(String placeholder) {
		return Names.kebab(placeholder.replaceFirst("(Function|Table)$", ""));
	}

}
