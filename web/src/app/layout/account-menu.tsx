import { Link, useNavigate } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { Button, buttonClasses } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useDisclosure } from '@/hooks/use-disclosure';
import type { SessionUser } from '@/lib/session';
import { useLogout } from '@/features/identity/api/logout';
import { useMe } from '@/features/identity/api/get-me';
import { useSettings } from '@/features/settings/api/get-settings';
import { Avatar } from '@/features/settings/components/avatar';

/** A disclosure (not an ARIA menu): a button that shows who is signed in, with what role, and log out. */
export function AccountMenu({ user }: { user: SessionUser }) {
  const disclosure = useDisclosure();
  const navigate = useNavigate();
  const me = useMe();
  const logout = useLogout({
    onSettled: () => {
      void navigate(paths.home.getHref(), { replace: true });
    },
  });
  const settings = useSettings();
  // The display name of the user's settings, once they chose one; the account's name until then.
  const name = settings.data?.displayName || (me.data?.name ?? user.name);

  return (
    <div {...disclosure.containerProps} className="relative">
      <Button variant="ghost" size="sm" {...disclosure.buttonProps}>
        <Avatar name={name ?? user.email} />
        {/* On a phone the avatar stands for the name: with the bell beside it, the name would widen the page. */}
        <span className="hidden max-w-[10rem] truncate sm:inline">{name ?? user.email}</span>
        <Badge tone={user.role === 'admin' ? 'danger' : user.role === 'manager' ? 'info' : 'neutral'}>{user.role}</Badge>
        <span className="sr-only">Account</span>
      </Button>
      {disclosure.open && (
        <div id={disclosure.panelId} className="absolute right-0 z-40 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-4 shadow-lg">
          <p className="font-medium text-slate-900">{name ?? 'Signed in'}</p>
          <p className="break-all text-sm text-slate-700">{user.email}</p>
          <p className="mt-2 text-sm text-slate-800">
            Role: <strong>{user.role}</strong>
          </p>
          <Link
            to={paths.settings.getHref()}
            className={`${buttonClasses('ghost', 'sm')} mt-3 w-full`}
            onClick={disclosure.close}
          >
            Settings
          </Link>
          <Button
            variant="secondary"
            size="sm"
            className="mt-2 w-full"
            isLoading={logout.isPending}
            onClick={() => {
              logout.mutate();
            }}
          >
            Log out
          </Button>
        </div>
      )}
    </div>
  );
}
