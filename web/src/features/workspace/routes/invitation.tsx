import { Link, useNavigate, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { errorMessage, isApiError } from '@/lib/api-client';
import { useSession } from '@/lib/session';

import { useAcceptInvitation } from '../api/accept-invitation';

const conflicts: Record<string, { title: string; advice: string }> = {
  used: { title: 'This invitation was already used', advice: 'Each link works once. If that was not you, ask an owner of the project for a new one.' },
  expired: { title: 'This invitation has expired', advice: 'Invitations work for 7 days. Ask an owner of the project to invite you again.' },
  member: { title: 'You are already in this project', advice: 'It is among your projects.' },
};

/**
 * Why an invitation could not be accepted, in the reader's terms, and what to do about it: 403 for
 * another address, 404 for an unknown link or a project that is gone, 409 with `details.reason`
 * used, expired or member.
 */
export function invitationProblem(error: unknown, email: string): { title: string; advice: string } {
  if (isApiError(error, 'FORBIDDEN')) {
    return { title: 'This invitation is for another email address', advice: `You are signed in as ${email}. Log out, then log in with the address the invitation was sent to.` };
  }
  if (isApiError(error, 'NOT_FOUND')) {
    return { title: 'This invitation cannot be used', advice: 'The link is incomplete, or the project no longer exists. Ask an owner of the project for a new one.' };
  }
  const conflict = isApiError(error, 'CONFLICT') ? conflicts[error.detailText('reason') ?? ''] : undefined;
  return conflict ?? { title: 'The invitation could not be accepted', advice: errorMessage(error) };
}

export function InvitationRoute() {
  const { token = '' } = useParams();
  const session = useSession();
  const navigate = useNavigate();
  const accept = useAcceptInvitation({
    mutationConfig: {
      onSuccess: (project) => {
        void navigate(paths.workspace.project.getHref(project.id), { replace: true });
      },
    },
  });

  if (session.status === 'restoring') return <LoadingState label="Restoring your session" />;
  const here = paths.workspace.invitation.getHref(token);
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">Project invitation</h1>
      {session.status === 'anonymous' ? (
        <>
          <p className="text-slate-800">You were invited to join a project. Log in with the email address the invitation was sent to, and you come back here to accept it.</p>
          <Link className={buttonClasses()} to={paths.auth.login.getHref(here)}>
            Log in to accept
          </Link>
          <p className="text-sm text-slate-700">
            No account yet?{' '}
            <Link className="text-blue-800 underline" to={paths.auth.register.getHref()}>
              Sign up
            </Link>{' '}
            with that address, confirm it, then open the link in the email again.
          </p>
        </>
      ) : (
        <>
          <p className="text-slate-800">
            Signed in as <strong className="break-all">{session.user.email}</strong>. Accepting adds you to the project with the role the invitation names.
          </p>
          {accept.isError && (
            <Alert tone="error" title={invitationProblem(accept.error, session.user.email).title}>
              {invitationProblem(accept.error, session.user.email).advice}{' '}
              <Link className="underline" to={paths.workspace.projects.getHref()}>
                Your projects
              </Link>
            </Alert>
          )}
          <Button isLoading={accept.isPending} onClick={() => { accept.mutate(token); }}>
            Accept invitation
          </Button>
        </>
      )}
    </div>
  );
}
