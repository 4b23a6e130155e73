import { useState } from 'react';

import { SelectField } from '@/components/ui/field';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { formatDateTime } from '@/lib/format';

import { useSchemaVersion } from '../api/get-schema-version';
import { useSchemaVersions } from '../api/get-schema-versions';
import type { SchemaVersionSummary } from '../types';
import { changeTone, describeChange, diffSchemas } from '../utils/schema-diff';

const markers = { added: { sign: '+', className: 'text-green-800' }, removed: { sign: '−', className: 'text-red-800' }, changed: { sign: '~', className: 'text-amber-900' } };

function VersionDiff({ projectId, from, to }: { projectId: string; from: number; to: number }) {
  const before = useSchemaVersion({ projectId, version: from });
  const after = useSchemaVersion({ projectId, version: to });
  if (before.isPending || after.isPending) return <LoadingState label="Comparing the versions" />;
  if (before.isError) return <ErrorState title={`Could not load version ${from}`} error={before.error} onRetry={() => void before.refetch()} />;
  if (after.isError) return <ErrorState title={`Could not load version ${to}`} error={after.error} onRetry={() => void after.refetch()} />;
  const changes = diffSchemas(before.data, after.data);
  if (changes.length === 0) return <p className="text-sm text-slate-700">No differences.</p>;
  return (
    <ul aria-label={`Changes from version ${from} to version ${to}`} className="space-y-1 text-sm">
      {changes.map((change) => {
        const marker = markers[changeTone(change)];
        const text = describeChange(change);
        return (
          <li key={text} className="flex gap-2 break-words">
            <span aria-hidden="true" className={`font-mono font-bold ${marker.className}`}>
              {marker.sign}
            </span>
            <span>{text}</span>
          </li>
        );
      })}
    </ul>
  );
}

function VersionPicker({ label, value, versions, onChange }: { label: string; value: number; versions: SchemaVersionSummary[]; onChange: (version: number) => void }) {
  return (
    <SelectField label={label} value={value} onChange={(event) => { onChange(Number(event.target.value)); }}>
      {versions.map((version) => (
        <option key={version.version} value={version.version}>
          Version {version.version}
        </option>
      ))}
    </SelectField>
  );
}

/** The saved versions, newest first, and what changed between any two of them. */
export function SchemaHistory({ projectId }: { projectId: string }) {
  const versions = useSchemaVersions({ projectId });
  const [picked, setPicked] = useState<{ from?: number; to?: number }>({});
  if (versions.isPending) return <LoadingState label="Loading the versions" />;
  if (versions.isError) return <ErrorState title="Could not load the versions" error={versions.error} onRetry={() => void versions.refetch()} />;
  const list = versions.data;
  if (list.length === 0) return <p className="text-sm text-slate-700">No version saved yet.</p>;
  const to = picked.to ?? list[0]?.version ?? 1;
  const from = picked.from ?? list[1]?.version ?? to;
  return (
    <div className="space-y-4">
      <ol aria-label="Versions, newest first" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
        {list.map((version) => (
          <li key={version.version} className="flex flex-wrap justify-between gap-2 px-3 py-2">
            <span className="font-medium">Version {version.version}</span>
            <span className="text-slate-700">
              {version.entityCount === 1 ? '1 entity' : `${version.entityCount} entities`} · {formatDateTime(version.createdAt)}
              {version.createdBy && <span className="break-all"> · {version.createdBy}</span>}
            </span>
          </li>
        ))}
      </ol>
      {list.length > 1 && (
        <section aria-labelledby="schema-compare" className="space-y-3">
          <h3 id="schema-compare" className="font-semibold text-slate-900">
            Compare versions
          </h3>
          <div className="grid grid-cols-2 gap-3">
            <VersionPicker label="From" value={from} versions={list} onChange={(version) => { setPicked({ from: version, to }); }} />
            <VersionPicker label="To" value={to} versions={list} onChange={(version) => { setPicked({ from, to: version }); }} />
          </div>
          <VersionDiff projectId={projectId} from={from} to={to} />
        </section>
      )}
    </div>
  );
}
