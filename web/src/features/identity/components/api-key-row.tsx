import { useState } from 'react';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { InputField } from '@/components/ui/field';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';

import { useRevokeApiKey } from '../api/revoke-api-key';
import { rotateApiKeyInputSchema, useRotateApiKey } from '../api/rotate-api-key';
import type { ApiKey, IssuedApiKey } from '../types';

function status(key: ApiKey): { label: string; tone: 'success' | 'danger' | 'neutral' } {
  if (key.revoked) return { label: 'Revoked', tone: 'danger' };
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= Date.now()) return { label: 'Expired', tone: 'neutral' };
  return { label: 'Active', tone: 'success' };
}

export function ApiKeyRow({ apiKey, onIssued }: { apiKey: ApiKey; onIssued: (issued: IssuedApiKey) => void }) {
  const [dialog, setDialog] = useState<'rotate' | 'revoke'>();
  const [grace, setGrace] = useState('0');
  const [graceError, setGraceError] = useState<string>();
  const [note, setNote] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const onError = (error: unknown) => {
    setDialog(undefined);
    setNote({ tone: 'error', text: errorMessage(error) });
  };
  const rotate = useRotateApiKey({
    mutationConfig: {
      onSuccess: (issued) => {
        setDialog(undefined);
        setNote({ tone: 'ok', text: 'Key rotated' });
        onIssued(issued);
      },
      onError,
    },
  });
  const revoke = useRevokeApiKey({
    mutationConfig: {
      onSuccess: () => {
        setDialog(undefined);
        setNote({ tone: 'ok', text: 'Key revoked' });
      },
      onError,
    },
  });
  const shown = status(apiKey);
  const live = shown.label === 'Active';

  return (
    <tr className="border-t border-slate-200 align-top">
      <td className="px-3 py-2">
        <p className="font-medium text-slate-900">{apiKey.name}</p>
        <code className="font-mono text-slate-700">{apiKey.prefix}</code>
      </td>
      <td className="px-3 py-2">
        <ul className="flex flex-wrap gap-1">
          {apiKey.scopes.map((scope) => (
            <li key={scope}>
              <Badge tone="info">{scope}</Badge>
            </li>
          ))}
        </ul>
      </td>
      <td className="px-3 py-2 text-slate-800">
        <p>
          {apiKey.usageToday.toLocaleString()} / {apiKey.dailyQuota.toLocaleString()} today
        </p>
        <p className="text-slate-600">{apiKey.rateLimitPerMinute.toLocaleString()} per minute</p>
      </td>
      <td className="px-3 py-2 text-slate-800">{apiKey.lastUsedAt ? formatDateTime(apiKey.lastUsedAt) : 'Never'}</td>
      <td className="px-3 py-2 text-slate-800">{apiKey.expiresAt ? formatDateTime(apiKey.expiresAt) : 'Never'}</td>
      <td className="px-3 py-2">
        <Badge tone={shown.tone}>{shown.label}</Badge>
      </td>
      <td className="px-3 py-2 text-right">
        <div className="flex flex-wrap justify-end gap-2">
          <Button size="sm" variant="secondary" disabled={!live} aria-label={`Rotate ${apiKey.name}`} onClick={() => { setDialog('rotate'); }}>
            Rotate
          </Button>
          <Button size="sm" variant="danger" disabled={apiKey.revoked} aria-label={`Revoke ${apiKey.name}`} onClick={() => { setDialog('revoke'); }}>
            Revoke
          </Button>
        </div>
        {note && (
          <p role={note.tone === 'error' ? 'alert' : 'status'} className={note.tone === 'error' ? 'mt-1 text-sm text-red-700' : 'mt-1 text-sm text-green-800'}>
            {note.text}
          </p>
        )}
        <ConfirmDialog
          open={dialog === 'rotate'}
          title={`Rotate ${apiKey.name}?`}
          confirmLabel="Rotate key"
          tone="primary"
          isPending={rotate.isPending}
          onCancel={() => { setDialog(undefined); }}
          onConfirm={() => {
            const parsed = rotateApiKeyInputSchema.safeParse({ graceSeconds: grace.trim() === '' ? Number.NaN : Number(grace) });
            if (!parsed.success) {
              setGraceError(parsed.error.issues[0]?.message);
              return;
            }
            setGraceError(undefined);
            rotate.mutate({ id: apiKey.id, data: parsed.data });
          }}
        >
          <p className="mb-3">A new key with the same scopes and limits replaces it. You will see the new key once.</p>
          <InputField
            label="Grace period (seconds)"
            type="number"
            inputMode="numeric"
            min={0}
            max={86_400}
            hint="How long the old key keeps working; 0 stops it at once"
            value={grace}
            error={graceError}
            onChange={(event) => { setGrace(event.target.value); }}
          />
        </ConfirmDialog>
        <ConfirmDialog
          open={dialog === 'revoke'}
          title={`Revoke ${apiKey.name}?`}
          confirmLabel="Revoke key"
          isPending={revoke.isPending}
          onCancel={() => { setDialog(undefined); }}
          onConfirm={() => { revoke.mutate(apiKey.id); }}
        >
          <p>
            Clients using <code className="font-mono">{apiKey.prefix}</code> are refused within 5 seconds. This cannot be undone; the key stays
            listed as revoked.
          </p>
        </ConfirmDialog>
      </td>
    </tr>
  );
}
