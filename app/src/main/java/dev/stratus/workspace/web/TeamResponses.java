package dev.stratus.workspace.web;

import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.Invitation;
import dev.stratus.workspace.Member;

/** The team API's answers. */
final class TeamResponses {

	private TeamResponses() {
	}

	record MemberResponse(String userId, String email, String name, String role, String joinedAt) {

		static MemberResponse of(Member member) {
			return new MemberResponse(member.userId(), member.email(), member.name(), member.role().wire(),
					Timestamps.format(member.joinedAt()));
		}

	}

	/** An invitation, without its token: only the email carries that. */
	record InvitationResponse(String id, String projectId, String email, String role, String createdAt,
			String expiresAt, String invitedBy) {

		static InvitationResponse of(Invitation invitation) {
			return new InvitationResponse(invitation.id(), invitation.projectId(), invitation.email(),
					invitation.role().wire(), Timestamps.format(invitation.createdAt()),
					Timestamps.format(invitation.expiresAt()), invitation.invitedBy());
		}

	}

	record MemberRemoved(String projectId, String removedUserId) {
	}

}
