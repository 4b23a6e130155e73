import type { ReactNode } from 'react';

import { formatDateTime } from '@/lib/format';

import type { Instance } from '../types';
import { ChecksBadge, StateBadge } from './looks';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-900">{term}</dt>
      <dd className="min-w-0 break-words text-slate-800">{children}</dd>
    </>
  );
}

/** What EC2 says about the instance, tags included. */
export function InstanceDetails({ instance }: { instance: Instance }) {
  const tags = Object.entries(instance.tags).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-label="Details" className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <Row term="State">
            <StateBadge state={instance.state} />
          </Row>
          <Row term="Status checks">
            <ChecksBadge checks={instance.statusChecks} />
          </Row>
          <Row term="Instance id">
            <span className="font-mono">{instance.instanceId}</span>
          </Row>
          <Row term="Type">{instance.type}</Row>
          <Row term="Platform">{instance.platform}</Row>
          <Row term="Zone">
            {instance.az} ({instance.region})
          </Row>
          <Row term="Private IP">
            <span className="font-mono">{instance.privateIp ?? '—'}</span>
          </Row>
          <Row term="Public IP">
            <span className="font-mono">{instance.publicIp ?? '—'}</span>
          </Row>
          <Row term="Launched">{formatDateTime(instance.launchTime)}</Row>
        </dl>
      </section>
      <section aria-label="Tags" className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-sm font-semibold text-slate-900">Tags</h2>
        {tags.length === 0 ? (
          <p className="text-sm text-slate-700">No tags.</p>
        ) : (
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
            {tags.map(([key, value]) => (
              <Row key={key} term={key}>
                {value}
              </Row>
            ))}
          </dl>
        )}
      </section>
    </div>
  );
}
