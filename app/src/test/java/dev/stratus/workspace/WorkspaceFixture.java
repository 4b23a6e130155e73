package dev.stratus.workspace;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.platform.mail.MailboxReader;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users, projects and teams made the way a person makes them: over HTTP, with invitations read from
 * the local inbox. Each user is new, so each test's lists hold only its own projects.
 */
public final class WorkspaceFixture {

	private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})");

	private final StratusApi api;

	private final TestUsers users;

	private final MailboxReader mailbox;

	public WorkspaceFixture(StratusApi api, TestUsers users, LocalCloudConnection cloud) {
		this.api = api;
		this.users = users;
		this.mailbox = new MailboxReader(cloud);
	}

	/** A signed-in user. */
	public record User(String id, String email, String[] auth) {

		/** The user's authorisation headers, then {@code more}: names and values in turn. */
		public String[] authWith(String... more) {
			String[] all = Arrays.copyOf(auth, auth.length + more.length);
			System.arraycopy(more, 0, all, auth.length, more.length);
			return all;
		}

	}

	public User newUser(String who) {
		String email = TestUsers.newEmail(who);
		String id = users.confirmed(email);
		String token = users.login(email, TestUsers.PASSWORD).path("idToken").asString();
		return new User(id, email, StratusApi.bearer(token));
	}

	/** A new project of {@code owner}'s, as answered. */
	public JsonNode project(User owner, String name) {
		var created = api.post("/api/projects",
				Map.of("name", name, "description", "A project for tests", "stack", "spring-boot", "visibility",
						"team"),
				owner.auth());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.data();
	}

	public String project(User owner) {
		return project(owner, "Project of " + owner.email()).path("id").asString();
	}

	/** Invites {@code email} and returns the token of the link the invitation email carries. */
	public String invite(String projectId, User owner, String email, String role) {
		int seen = invitations(email).size();
		var invited = api.post("/api/projects/" + projectId + "/invitations", Map.of("email", email, "role", role),
				owner.auth());
		assertThat(invited.status()).as(invited.body()).isEqualTo(201);
		String body = Awaitility.await("invitation to " + email)
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> invitations(email), mails -> mails.size() > seen)
			.get(seen)
			.body();
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as(body).isTrue();
		return link.group(1);
	}

	private List<MailboxReader.ReceivedMail> invitations(String email) {
		return mailbox.withSubject(email, "Invitation to the project");
	}

	/** A new user who joined the project with {@code role} through an accepted invitation. */
	public User member(String projectId, User owner, String role) {
		User user = newUser(role);
		accept(invite(projectId, owner, user.email(), role), user);
		return user;
	}

	public void accept(String token, User user) {
		var accepted = api.post("/api/invitations/" + token + "/accept", "", user.auth());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
	}

}
