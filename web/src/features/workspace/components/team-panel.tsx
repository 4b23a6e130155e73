import { useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { DataTable } from '@/components/ui/data-table';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { errorMessage, isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useCurrentUser } from '@/lib/session';

import { useMembers } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';
import { useUpdateMember } from '../api/update-member';
import { PROJECT_ROLES, type Member, type Project, type ProjectRole } from '../types';
import { isOwner, roleLabels } from '../utils/roles';
import { InviteForm } from './invite-form';
import { PanelSection } from './panel-section';
import { RoleBadge } from './status-badge';

/** The last owner cannot leave or be demoted (409 CONFLICT): say what to do instead. */
export function teamErrorText(error: unknown): string {
  if (isApiError(error, 'CONFLICT')) return 'A project needs at least one owner. Make another member an owner first.';
  return errorMessage(error);
}

function RoleCell({ project, member }: { project: Project; member: Member }) {
  const update = useUpdateMember();
  if (!isOwner(project.role)) return <RoleBadge role={member.role} />;
  const who = member.name;
  return (
    <div>
      <label className="sr-only" htmlFor={`role-${member.userId}`}>
        Role of {who}
      </label>
      <select
        id={`role-${member.userId}`}
        className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
        value={update.isPending ? update.variables.role : member.role}
        disabled={update.isPending}
        onChange={(event) => {
          update.mutate({ projectId: project.id, userId: member.userId, role: event.target.value as ProjectRole });
        }}
      >
        {PROJECT_ROLES.map((role) => (
          <option key={role} value={role}>
            {roleLabels[role]}
          </option>
        ))}
      </select>
      {update.isError && (
        <p role="alert" className="mt-1 max-w-xs text-sm text-red-700">
          {teamErrorText(update.error)}
        </p>
      )}
    </div>
  );
}

function RemoveButton({ project, member, self }: { project: Project; member: Member; self: boolean }) {
  const navigate = useNavigate();
  const remove = useRemoveMember();
  const who = member.name;
  return (
    <ConfirmActionButton
      label={self ? 'Leave' : 'Remove'}
      ariaLabel={self ? 'Leave this project' : `Remove ${who}`}
      title={self ? 'Leave this project?' : `Remove ${who}?`}
      confirmLabel={self ? 'Leave project' : 'Remove member'}
      cancelLabel="Cancel"
      action={remove}
      run={(close) => {
        remove.mutate(
          { projectId: project.id, userId: member.userId },
          {
            onSuccess: () => {
              close();
              if (self) void navigate(paths.workspace.projects.getHref(), { replace: true });
            },
          },
        );
      }}
      errorText={teamErrorText}
    >
      {self ? 'You lose access to it until someone invites you again.' : `${who} loses access to the project.`}
    </ConfirmActionButton>
  );
}

export function TeamPanel({ project }: { project: Project }) {
  const members = useMembers({ projectId: project.id });
  const me = useCurrentUser();
  return (
    <div className="space-y-6">
      <PanelSection title="Members">
        {members.isPending ? (
          <LoadingState label="Loading the team" />
        ) : members.isError ? (
          <ErrorState title="Could not load the team" error={members.error} onRetry={() => void members.refetch()} />
        ) : (
          <DataTable caption="Members of the project" columns={['Member', 'Role', 'Joined']} actions>
            {members.data.map((member) => {
              const self = member.userId === me?.userId;
              return (
                <tr key={member.userId} className="border-t border-slate-200 align-top">
                  <td className="px-3 py-2">
                    <span className="block font-medium">
                      {member.name}
                      {self && <span className="text-slate-600"> (you)</span>}
                    </span>
                    <span className="block break-all text-slate-700">{member.email}</span>
                  </td>
                  <td className="px-3 py-2">
                    <RoleCell project={project} member={member} />
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(member.joinedAt)}</td>
                  <td className="px-3 py-2 text-right">{(self || isOwner(project.role)) && <RemoveButton project={project} member={member} self={self} />}</td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </PanelSection>
      {isOwner(project.role) ? (
        <PanelSection title="Invite a teammate" className="rounded-lg border border-slate-200 bg-white p-4">
          <InviteForm projectId={project.id} />
        </PanelSection>
      ) : (
        <Alert tone="info">Owners invite teammates and change roles.</Alert>
      )}
    </div>
  );
}
