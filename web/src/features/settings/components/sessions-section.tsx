import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { DataTable } from '@/components/ui/data-table';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { TimeStamp } from '@/components/ui/time-stamp';
import { errorMessage } from '@/lib/api-client';
import { endSession } from '@/lib/session';

import { useSessions } from '../api/get-sessions';
import { useRevokeOtherSessions } from '../api/revoke-other-sessions';
import { useRevokeSession } from '../api/revoke-session';
import type { SignInSession } from '../types';
import { summarizeUserAgent } from '../utils/user-agent';

function SignOutSessionButton({ session }: { session: SignInSession }) {
  const device = summarizeUserAgent(session.userAgent);
  const revoke = useRevokeSession({
    mutationConfig: {
      // Ending the session this page runs in signs this tab out, as logging out does.
      onSuccess: () => {
        if (session.current) endSession('logged-out');
      },
    },
  });
  return (
    <ConfirmActionButton
      label="Sign out this session"
      ariaLabel={`Sign out the session of ${device}${session.current ? ' (this device)' : ''}`}
      title={session.current ? 'Sign out this device?' : 'Sign out this session?'}
      confirmLabel="Sign out"
      cancelLabel="Keep it"
      action={revoke}
      run={(close) => {
        revoke.mutate(session.id, { onSuccess: close });
      }}
      errorText={errorMessage}
    >
      {session.current
        ? 'You will be signed out here and need to log in again.'
        : `${device} (${session.ipAddress}) will be signed out within a few seconds.`}
    </ConfirmActionButton>
  );
}

function SignOutOthersButton({ others }: { others: number }) {
  const revokeOthers = useRevokeOtherSessions();
  return (
    <div className="space-y-2">
      <ConfirmActionButton
        label="Sign out everywhere else"
        ariaLabel="Sign out everywhere else"
        title="Sign out every other session?"
        confirmLabel="Sign out the others"
        cancelLabel="Cancel"
        action={revokeOthers}
        run={(close) => {
          revokeOthers.mutate(undefined, { onSuccess: close });
        }}
        errorText={errorMessage}
      >
        {others === 1 ? 'The other session' : `The ${others} other sessions`} will be signed out within a few seconds; this one stays.
      </ConfirmActionButton>
      {revokeOthers.isSuccess && (
        <Alert tone="success">{revokeOthers.data === 1 ? 'Signed out 1 other session.' : `Signed out ${revokeOthers.data} other sessions.`}</Alert>
      )}
    </div>
  );
}

/** The caller's active sign-in sessions, this device marked, each with its own sign-out. */
export function SessionsSection() {
  const sessions = useSessions();
  if (sessions.isPending) return <LoadingState label="Loading your sessions" />;
  if (sessions.isError) return <ErrorState title="Could not load your sessions" error={sessions.error} onRetry={() => void sessions.refetch()} />;
  const others = sessions.data.filter((session) => !session.current).length;
  return (
    <div className="space-y-3" aria-busy={sessions.isFetching || undefined}>
      <DataTable caption="Active sessions" columns={['Device', 'IP address', 'Signed in', 'Last used']} actions className="min-w-[40rem]">
        {sessions.data.map((session) => (
          <tr key={session.id} className="border-t border-slate-200">
            <td className="px-3 py-2">
              <span className="flex flex-wrap items-center gap-2">
                <span title={session.userAgent}>{summarizeUserAgent(session.userAgent)}</span>
                {session.current && <Badge tone="success">✓ This device</Badge>}
              </span>
            </td>
            <td className="px-3 py-2 whitespace-nowrap">{session.ipAddress || 'Unknown'}</td>
            <td className="px-3 py-2 whitespace-nowrap">
              <TimeStamp iso={session.createdAt} />
            </td>
            <td className="px-3 py-2 whitespace-nowrap">
              <TimeStamp iso={session.lastUsedAt} relative />
            </td>
            <td className="px-3 py-2 text-right">
              <SignOutSessionButton session={session} />
            </td>
          </tr>
        ))}
      </DataTable>
      {others > 0 ? <SignOutOthersButton others={others} /> : <p className="text-sm text-slate-700">This is your only session.</p>}
    </div>
  );
}
