import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

import type { IssuedApiKey } from '../types';

/** The one time a key is shown: the server keeps only its hash, so it cannot be shown again. */
export function IssuedKeyDialog({ issued, onClose }: { issued: IssuedApiKey | undefined; onClose: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed'>();

  const close = () => {
    setCopied(undefined);
    onClose();
  };

  const copy = async (key: string) => {
    try {
      await navigator.clipboard.writeText(key);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <ConfirmDialog
      open={issued !== undefined}
      title={`Your new key: ${issued?.name ?? ''}`}
      confirmLabel="I have stored it"
      cancelLabel="Close"
      tone="primary"
      onConfirm={close}
      onCancel={close}
    >
      {issued && (
        <div className="space-y-3">
          <Alert tone="warning" title="Copy it now">
            You will not see this key again. Store it somewhere safe; if it is lost, rotate it.
          </Alert>
          <p>
            <code aria-label="API key" className="block break-all rounded-md bg-slate-100 p-2 font-mono text-sm text-slate-900">
              {issued.key}
            </code>
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <Button size="sm" variant="secondary" onClick={() => void copy(issued.key)}>
              Copy key
            </Button>
            <p role="status" className="text-sm text-slate-700">
              {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Copying is blocked here: select the key and copy it' : ''}
            </p>
          </div>
          <p className="text-slate-700">
            Send it as <code className="font-mono">X-Api-Key</code>. Its prefix <code className="font-mono">{issued.prefix}</code> is what
            the list shows.
          </p>
        </div>
      )}
    </ConfirmDialog>
  );
}
