package dev.stratus.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.Forbidden;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.errors.Unavailable;
import dev.stratus.platform.mail.Mail;
import dev.stratus.platform.mail.Mailer;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.ProjectTable;
import dev.stratus.workspace.internal.TeamTable;
import dev.stratus.workspace.internal.TeamTable.Refusal;
import dev.stratus.workspace.internal.TeamTable.StoredInvitation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A project's team: its members, invitations by email (a single-use link valid {@link #VALID_FOR},
 * whose token only the email carries: the table keeps its SHA-256), role changes and removals by
 * owners, and leaving. A project always keeps an owner: the last one can neither leave nor be
 * demoted ({@link Conflict}), and that holds under concurrent changes too (see {@link TeamTable}).
 */
@Service
public class Team {

	/** How long an invitation can be accepted. */
	public static final Duration VALID_FOR = Duration.ofDays(7);

	private static final Logger log = LoggerFactory.getLogger(Team.class);

	/** 32 random bytes in base64url: 256 bits, beyond guessing. */
	private static final int TOKEN_BYTES = 32;

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final TeamTable table;

	private final ProjectAccess access;

	private final ProjectTable projects;

	private final ActivityLog activities;

	private final Mailer mailer;

	private final String consoleUrl;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Team(TeamTable table, ProjectTable projects, ProjectAccess access, ActivityLog activities, Mailer mailer,
			@Value("${stratus.console-url:${STRATUS_CONSOLE_URL:http://localhost:${server.port:8080}}}") String consoleUrl,
			Clock clock) {
		this.table = table;
		this.access = access;
		this.projects = projects;
		this.activities = activities;
		this.mailer = mailer;
		this.consoleUrl = consoleUrl.replaceAll("/+$", "");
		this.clock = clock;
	}

	/**
	 * The team, in user-id order; any member may read it.
	 * @throws NotFound
	 */
	public Page<Member> members(String projectId, String userId, int limit, @Nullable String nextToken) {
		access.require(projectId, userId, ProjectRole.VIEWER);
		return table.members(projectId, limit, nextToken);
	}

	/**
	 * Invites {@code email} to join with {@code role}, emailing the link. Only owners may.
	 * @throws NotFound
	 * @throws Forbidden for an editor or viewer
	 * @throws Unavailable when the email could not be sent (the invitation is then never usable)
	 */
	public Invitation invite(String projectId, Person inviter, String email, ProjectRole role) {
		Project project = access.project(projectId, inviter.userId(), ProjectRole.OWNER);
		Instant now = now();
		String token = newToken();
		Invitation invitation = new Invitation(UUID.randomUUID().toString(), projectId, email.toLowerCase(Locale.ROOT),
				role, now, now.plus(VALID_FOR), inviter.userId());
		table.invite(invitation, hash(token), activities.entry(ActivityLog.of("team_member_invited", projectId,
				inviter.userId(), "Invited " + invitation.email() + " as " + role.wire(), now)))
			.ifPresent(refusal -> refuse(refusal, projectId, inviter.userId()));
		try {
			mailer.send(new Mail(invitation.email(), "Invitation to the project " + project.name(),
					inviter.name() + " (" + inviter.email() + ") invites you to join the project " + project.name()
							+ " as " + role.wire() + ".\n\nAccept within 7 days, signed in as " + invitation.email()
							+ ":\n" + consoleUrl + "/invitations/" + token + "\n\nThe link works once."));
		}
		catch (Mailer.MailFailedException failed) {
			log.atWarn().addKeyValue("invitationId", invitation.id()).log("Invitation email could not be sent");
			throw new Unavailable("The invitation email could not be sent; invite again later");
		}
		log.atInfo()
			.addKeyValue("projectId", projectId)
			.addKeyValue("invitationId", invitation.id())
			.addKeyValue("role", role.wire())
			.log("Team member invited");
		return invitation;
	}

	/**
	 * Uses an invitation: the signed-in person joins its project with its role. Nothing changes when
	 * it is refused.
	 * @return the project as the new member sees it
	 * @throws NotFound for an unknown token, or a project that is gone
	 * @throws Conflict when the invitation was used or has expired ({@code details.reason} says which),
	 * or the person is already in the team ({@code member})
	 * @throws Forbidden when the person's email is not the invited one
	 */
	public Project accept(String token, Person person) {
		StoredInvitation stored = (TOKEN.matcher(token).matches() ? table.invitation(hash(token))
				: Optional.<StoredInvitation>empty())
			.orElseThrow(() -> new NotFound("Invitation"));
		Invitation invitation = stored.invitation();
		Instant now = now();
		if (stored.acceptedAt() != null) {
			throw used();
		}
		if (!now.isBefore(invitation.expiresAt())) {
			throw new Conflict("This invitation has expired; ask for a new one", Map.of("reason", "expired"));
		}
		if (!invitation.email().equals(person.email().toLowerCase(Locale.ROOT))) {
			throw new Forbidden("This invitation is for another email address");
		}
		Instant projectCreatedAt = projects.created(invitation.projectId()).orElseThrow(() -> new NotFound("Project"));
		Optional<Refusal> refused = table.accept(invitation, person, projectCreatedAt, now,
				activities.entry(ActivityLog.of("team_member_added", invitation.projectId(), person.userId(),
						person.email() + " joined as " + invitation.role().wire(), now)));
		if (refused.isPresent()) {
			throw switch (refused.get()) {
				case MEMBER -> new Conflict("You are already in this project's team", Map.of("reason", "member"));
				case INVITATION -> used();
				default -> new NotFound("Project");
			};
		}
		log.atInfo()
			.addKeyValue("projectId", invitation.projectId())
			.addKeyValue("invitationId", invitation.id())
			.addKeyValue("userId", person.userId())
			.log("Invitation accepted");
		return access.project(invitation.projectId(), person.userId(), ProjectRole.VIEWER);
	}

	private static Conflict used() {
		return new Conflict("This invitation has already been used", Map.of("reason", "used"));
	}

	/**
	 * Gives a member another role. Only owners may; the last owner keeps theirs.
	 * @throws NotFound for a project the caller is not in, or a user who is not in it
	 * @throws Forbidden for an editor or viewer
	 * @throws Conflict when it would leave the project without an owner
	 */
	public Member changeRole(String projectId, String callerId, String userId, ProjectRole role) {
		access.require(projectId, callerId, ProjectRole.OWNER);
		Member member = table.member(projectId, userId).orElseThrow(() -> new NotFound("Member"));
		if (member.role() == role) {
			return member;
		}
		Instant now = now();
		table.changeRole(projectId, callerId, userId, member.role(), role, activities.entry(ActivityLog.of(
				"team_member_role_changed", projectId, callerId, member.email() + " is now " + role.wire(), now)))
			.ifPresent(refusal -> refuse(refusal, projectId, callerId));
		log.atInfo()
			.addKeyValue("projectId", projectId)
			.addKeyValue("memberId", userId)
			.addKeyValue("role", role.wire())
			.log("Team member's role changed");
		return new Member(member.userId(), member.email(), member.name(), role, member.joinedAt());
	}

	/**
	 * Takes a member out of the team: an owner may remove anyone, any member themselves (leaving);
	 * the last owner cannot leave.
	 * @throws NotFound
	 * @throws Forbidden for an editor or viewer removing someone else
	 * @throws Conflict for the last owner
	 */
	public void remove(String projectId, String callerId, String userId) {
		access.require(projectId, callerId, callerId.equals(userId) ? ProjectRole.VIEWER : ProjectRole.OWNER);
		Member member = table.member(projectId, userId).orElseThrow(() -> new NotFound("Member"));
		Instant now = now();
		String summary = callerId.equals(userId) ? member.email() + " left the team"
				: member.email() + " was removed from the team";
		table.remove(projectId, callerId, userId, member.role(),
				activities.entry(ActivityLog.of("team_member_removed", projectId, callerId, summary, now),
						Map.of(member.userId(), member.email())))
			.ifPresent(refusal -> refuse(refusal, projectId, callerId));
		log.atInfo().addKeyValue("projectId", projectId).addKeyValue("memberId", userId).log("Team member removed");
	}

	/** Throws what a refused team change means to the caller. */
	private void refuse(Refusal refusal, String projectId, String callerId) {
		switch (refusal) {
			case LAST_OWNER -> throw new Conflict("A project keeps at least one owner: make another member an owner "
					+ "first");
			case CALLER -> {
				// Answer as the check would now: the caller left, or lost the role.
				access.require(projectId, callerId, ProjectRole.OWNER);
				throw new Conflict("The team changed meanwhile; try again");
			}
			case PROJECT -> throw new NotFound("Project");
			default -> throw new Conflict("The team changed meanwhile; try again");
		}
	}

	private String newToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every JVM has SHA-256", impossible);
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
