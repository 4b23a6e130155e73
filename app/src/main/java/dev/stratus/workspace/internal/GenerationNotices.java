package dev.stratus.workspace.internal;

import java.time.Duration;
import java.time.Instant;

import dev.stratus.platform.mail.Mail;
import dev.stratus.platform.mail.Mailer;
import dev.stratus.workspace.Generation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the team hears that a generation finished: an activity entry ({@code generation_ready},
 * {@code generation_failed}) written with the status, on which issue #18 builds in-app notifications, and
 * an email to the requester with a link to the project's generations in the console. The email is sent once
 * the status is written and not retried: the entry and the status are the record, the email a courtesy.
 */
@Component
class GenerationNotices {

	private static final Logger log = LoggerFactory.getLogger(GenerationNotices.class);

	private final ActivityLog activities;

	private final Mailer mailer;

	private final String consoleUrl;

	GenerationNotices(ActivityLog activities, Mailer mailer,
			@Value("${stratus.console-url:${STRATUS_CONSOLE_URL:http://localhost:${server.port:8080}}}") String consoleUrl) {
		this.activities = activities;
		this.mailer = mailer;
		this.consoleUrl = consoleUrl.replaceAll("/+$", "");
	}

	/** The activity entry's put, for the transaction that finishes the generation. */
	ActivityEntry activity(String type, Generation generation, String summary, Instant at) {
		return activities.entry(ActivityLog.of(type, generation.projectId(), generation.requestedBy(), summary, at));
	}

	void ready(StoredGeneration stored) {
		send(stored, "Your code for " + stored.projectName() + " is ready", """
				The code generated for %s from schema version %d is ready to download:
				%s
				""".formatted(stored.projectName(), stored.generation().schemaVersion(), link(stored)));
	}

	void failed(StoredGeneration stored, String error) {
		send(stored, "Code generation for " + stored.projectName() + " failed", """
				The code generation for %s from schema version %d failed:
				%s

				%s
				""".formatted(stored.projectName(), stored.generation().schemaVersion(), error, link(stored)));
	}

	Duration longestSend() {
		return mailer.longestSend();
	}

	private String link(StoredGeneration stored) {
		return consoleUrl + "/projects/" + stored.generation().projectId() + "/generations";
	}

	private void send(StoredGeneration stored, String subject, String body) {
		try {
			mailer.send(new Mail(stored.requesterEmail(), subject, body));
		}
		catch (Mailer.MailFailedException notSent) {
			log.atWarn()
				.addKeyValue("generationId", stored.generation().id())
				.log("Generation email could not be sent; its activity entry stands");
		}
	}

}
