import { Link } from 'react-router';

import { ErrorState, LoadingState } from '@/components/ui/states';
import { cn } from '@/components/ui/cn';
import { formatDateTime } from '@/lib/format';

import { useDocumentVersion } from '../api/get-document-version';
import { useDocumentVersions } from '../api/get-document-versions';
import { Author } from './author';
import type { DocumentLinks } from './document-links';
import { LazyMarkdown as Markdown } from './lazy-markdown';

function OldVersion({ documentId, version }: { documentId: string; version: number }) {
  const old = useDocumentVersion({ documentId, version });
  if (old.isPending) return <LoadingState label={`Loading version ${version}`} />;
  if (old.isError) return <ErrorState title={`Could not load version ${version}`} error={old.error} onRetry={() => void old.refetch()} />;
  return (
    <article aria-label={`Version ${version}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <header>
        <h3 className="text-lg font-semibold break-words text-slate-900">{old.data.title}</h3>
        <p className="text-sm text-slate-700">
          Version {version}, saved {formatDateTime(old.data.createdAt)} by <Author userId={old.data.createdBy} />
        </p>
      </header>
      <Markdown>{old.data.content}</Markdown>
    </article>
  );
}

/** Every saved version of a page, newest first; one of them shown as it was. */
export function VersionHistory({ documentId, selected, links }: { documentId: string; selected?: number; links: DocumentLinks }) {
  const versions = useDocumentVersions({ documentId });
  if (versions.isPending) return <LoadingState label="Loading the versions" />;
  if (versions.isError) return <ErrorState title="Could not load the versions" error={versions.error} onRetry={() => void versions.refetch()} />;
  const list = versions.data.items;
  const shown = selected ?? list[0]?.version;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,18rem)_minmax(0,1fr)]">
      <ol aria-label="Versions, newest first" className="divide-y divide-slate-200 self-start rounded-lg border border-slate-200 bg-white text-sm">
        {list.map((version) => (
          <li key={version.version}>
            <Link
              to={links.history(documentId, version.version)}
              aria-current={version.version === shown ? 'true' : undefined}
              className={cn('block px-3 py-2 hover:bg-slate-50', version.version === shown && 'bg-blue-50')}
            >
              <span className="font-medium text-blue-800 underline">Version {version.version}</span>
              <span className="block text-slate-700">
                {formatDateTime(version.createdAt)} · <Author userId={version.createdBy} />
              </span>
            </Link>
          </li>
        ))}
      </ol>
      {shown !== undefined && <OldVersion documentId={documentId} version={shown} />}
    </div>
  );
}
