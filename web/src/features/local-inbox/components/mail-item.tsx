import { useId, useState } from 'react';

import { Button } from '@/components/ui/button';
import { formatDateTime } from '@/lib/format';

import type { InboxMail } from '../types';

/** The first 6-digit number of a mail, which is the confirmation or reset code in ours. */
export function findCode(text: string): string | undefined {
  return /\b(\d{6})\b/.exec(text)?.[1];
}

export function MailItem({ mail, initiallyOpen }: { mail: InboxMail; initiallyOpen: boolean }) {
  const bodyId = useId();
  const [open, setOpen] = useState(initiallyOpen);
  const code = findCode(`${mail.subject}\n${mail.body}`);
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 className="font-semibold text-slate-900">{mail.subject}</h2>
          <p className="text-sm text-slate-700">
            From {mail.from} · {formatDateTime(mail.receivedAt)}
          </p>
          {code && (
            <p className="mt-1 text-sm text-slate-800">
              Code: <strong className="font-mono text-base" data-testid="mail-code">{code}</strong>
            </p>
          )}
        </div>
        <Button
          size="sm"
          variant="ghost"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => {
            setOpen((value) => !value);
          }}
        >
          {open ? 'Hide message' : 'Show message'}
        </Button>
      </div>
      {open && (
        <pre id={bodyId} className="mt-3 overflow-x-auto whitespace-pre-wrap break-words rounded-md bg-slate-100 p-3 font-sans text-sm text-slate-900">
          {mail.body}
        </pre>
      )}
    </li>
  );
}
