import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';

import { clearConnection, keyPrefix, useConnection } from '../api/connection';

/** Says plainly when the customers pages talk to another Stratus with a key, and offers the way back. */
export function ConnectionBanner() {
  const connection = useConnection();
  if (!connection) return null;
  return (
    <div role="status" className="mb-4 flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="min-w-0 break-words">
        Using <strong className="break-all">{connection.baseUrl}</strong> with key <code className="font-mono">{keyPrefix(connection.apiKey)}…</code>
        {' · '}
        <Link className="underline" to={paths.customers.settings.getHref()}>
          Settings
        </Link>
      </p>
      <Button variant="secondary" size="sm" onClick={clearConnection}>
        Use this Stratus
      </Button>
    </div>
  );
}
