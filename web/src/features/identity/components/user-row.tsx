import { useId, useState } from 'react';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage } from '@/lib/api-client';
import { ROLES, type Role } from '@/lib/authorization';

import { useUpdateUser } from '../api/update-user';
import type { AdminUser } from '../types';

export function UserRow({ user, isSelf }: { user: AdminUser; isSelf: boolean }) {
  const selectId = useId();
  const [role, setRole] = useState<Role>(user.role);
  const [confirmDisable, setConfirmDisable] = useState(false);
  const [note, setNote] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const update = useUpdateUser({
    mutationConfig: {
      onSuccess: (_, variables) => {
        setConfirmDisable(false);
        setNote({ tone: 'ok', text: variables.data.role ? 'Role saved' : variables.data.disabled ? 'Disabled' : 'Enabled' });
      },
      onError: (error) => {
        setConfirmDisable(false);
        setNote({ tone: 'error', text: errorMessage(error) });
      },
    },
  });
  const disabled = user.disabled;
  const label = user.name ? `${user.name} (${user.email})` : user.email;

  return (
    <tr className="border-t border-slate-200 align-top">
      <td className="px-3 py-2">
        <p className="font-medium text-slate-900">{user.name ?? '—'}</p>
        <p className="break-all text-slate-700">{user.email}</p>
        {isSelf && <Badge tone="info">You</Badge>}
      </td>
      <td className="px-3 py-2">
        {disabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="success">Active</Badge>}
      </td>
      <td className="px-3 py-2">
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={selectId} className="sr-only">
            Role of {label}
          </label>
          <select
            id={selectId}
            value={role}
            disabled={isSelf}
            onChange={(event) => {
              setRole(event.target.value as Role);
              setNote(undefined);
            }}
            className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm"
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          <Button
            size="sm"
            variant="secondary"
            disabled={isSelf || role === user.role}
            isLoading={update.isPending && update.variables.data.role !== undefined}
            onClick={() => {
              update.mutate({ userId: user.userId, data: { role } });
            }}
          >
            Save role
          </Button>
        </div>
      </td>
      <td className="px-3 py-2 text-right">
        <Button
          size="sm"
          variant={disabled ? 'secondary' : 'danger'}
          disabled={isSelf}
          aria-label={`${disabled ? 'Enable' : 'Disable'} ${label}`}
          onClick={() => {
            if (disabled) update.mutate({ userId: user.userId, data: { disabled: false } });
            else setConfirmDisable(true);
          }}
        >
          {disabled ? 'Enable' : 'Disable'}
        </Button>
        {note && (
          <p role={note.tone === 'error' ? 'alert' : 'status'} className={note.tone === 'error' ? 'mt-1 text-sm text-red-700' : 'mt-1 text-sm text-green-800'}>
            {note.text}
          </p>
        )}
        <ConfirmDialog
          open={confirmDisable}
          title={`Disable ${user.email}?`}
          confirmLabel="Disable user"
          isPending={update.isPending}
          onCancel={() => {
            setConfirmDisable(false);
          }}
          onConfirm={() => {
            update.mutate({ userId: user.userId, data: { disabled: true } });
          }}
        >
          <p>They can no longer log in, and their sessions stop working. You can enable them again later.</p>
        </ConfirmDialog>
      </td>
    </tr>
  );
}
