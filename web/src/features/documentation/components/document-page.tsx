import { Link, useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { errorMessage, isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';

import { useDeleteDocument } from '../api/delete-document';
import { useDocument } from '../api/get-document';
import { useUpdateDocument } from '../api/update-document';
import type { Document } from '../types';
import { Attachments } from './attachments';
import { Author } from './author';
import { DocumentForm } from './document-form';
import type { DocumentLinks } from './document-links';
import { LazyMarkdown as Markdown } from './lazy-markdown';
import { VersionHistory } from './version-history';

export type DocumentView = 'read' | 'edit' | 'history';

type DocumentPageProps = {
  projectId: string;
  documentId: string;
  view: DocumentView;
  /** The version shown in the history. */
  version?: number;
  editable: boolean;
  links: DocumentLinks;
  /** Said once after a save, above the page. */
  notice?: string;
};

function DeleteDocumentButton({ projectId, document, links }: { projectId: string; document: Document; links: DocumentLinks }) {
  const navigate = useNavigate();
  const remove = useDeleteDocument({ mutationConfig: { onSuccess: () => void navigate(links.list(), { state: { notice: `Deleted “${document.title}”.` } }) } });
  return (
    <ConfirmActionButton
      label="Delete page"
      ariaLabel={`Delete the page ${document.title}`}
      title={`Delete “${document.title}”?`}
      confirmLabel="Delete page"
      cancelLabel="Keep it"
      action={remove}
      run={() => { remove.mutate({ projectId, documentId: document.id }); }}
      errorText={errorMessage}
    >
      Its versions and attachments are deleted with it, for good.
    </ConfirmActionButton>
  );
}

function PageActions({ projectId, document, view, editable, links }: { projectId: string; document: Document; view: DocumentView; editable: boolean; links: DocumentLinks }) {
  return (
    <div className="flex flex-wrap gap-2">
      {view !== 'read' && (
        <Link className={buttonClasses('secondary', 'sm')} to={links.view(document.id)}>
          Current version
        </Link>
      )}
      {editable && view !== 'edit' && (
        <Link className={buttonClasses('secondary', 'sm')} to={links.edit(document.id)}>
          Edit
        </Link>
      )}
      {view !== 'history' && (
        <Link className={buttonClasses('secondary', 'sm')} to={links.history(document.id)}>
          History
        </Link>
      )}
      {editable && <DeleteDocumentButton projectId={projectId} document={document} links={links} />}
    </div>
  );
}

function EditDocument({ document, links }: { document: Document; links: DocumentLinks }) {
  const navigate = useNavigate();
  const update = useUpdateDocument();
  return (
    <DocumentForm
      label={`Edit ${document.title}`}
      initial={{ title: document.title, content: document.content }}
      submitLabel="Save as new version"
      isSaving={update.isPending}
      cancelTo={links.view(document.id)}
      onSave={(body, onError) => {
        update.mutate(
          { documentId: document.id, body },
          { onSuccess: (saved) => void navigate(links.view(saved.id), { state: { notice: `Saved as version ${saved.version}.` } }), onError },
        );
      }}
    />
  );
}

/** One page: read it, edit it (a new version), go through its history, manage its attachments, delete it. */
export function DocumentPage({ projectId, documentId, view, version, editable, links, notice }: DocumentPageProps) {
  const query = useDocument({ documentId });
  const notFound = (
    <EmptyState title="Page not found">
      It was deleted, or it belongs to another project.{' '}
      <Link className="text-blue-800 underline" to={links.list()}>
        All pages
      </Link>
    </EmptyState>
  );
  if (query.isPending) return <LoadingState label="Loading the page" />;
  if (query.isError) {
    if (isApiError(query.error, 'NOT_FOUND')) return notFound;
    return <ErrorState title="Could not load the page" error={query.error} onRetry={() => void query.refetch()} />;
  }
  const document = query.data;
  // A page of another of the caller's projects, named in this project's address, is not this project's.
  if (document.projectId !== projectId) return notFound;
  return (
    <article aria-labelledby={`doc-${document.id}`} className="space-y-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={`doc-${document.id}`} className="text-xl font-semibold break-words text-slate-900">
            {document.title}
          </h2>
          <p className="text-sm text-slate-700">
            Version {document.version}, updated {formatDateTime(document.updatedAt)} by <Author userId={document.updatedBy} />
          </p>
        </div>
        <PageActions projectId={projectId} document={document} view={view} editable={editable} links={links} />
      </header>
      {notice && <Alert tone="success">{notice}</Alert>}
      {view === 'edit' && editable ? (
        <EditDocument document={document} links={links} />
      ) : view === 'history' ? (
        <section aria-label="History">
          <VersionHistory documentId={document.id} selected={version} links={links} />
        </section>
      ) : (
        <>
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            {document.content.trim() ? <Markdown>{document.content}</Markdown> : <p className="text-sm text-slate-700">This page is empty.</p>}
          </div>
          <section aria-labelledby={`attachments-${document.id}`} className="space-y-2">
            <h3 id={`attachments-${document.id}`} className="text-lg font-semibold text-slate-900">
              Attachments
            </h3>
            <Attachments documentId={document.id} attachments={document.attachments} editable={editable} />
          </section>
        </>
      )}
    </article>
  );
}
