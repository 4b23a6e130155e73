import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { canChangeProject, type ProjectTabProps } from '@/lib/project-tab';

import { useCreateDocument } from '../api/create-document';
import { DocumentForm } from './document-form';
import { documentLinks } from './document-links';
import { DocumentList } from './document-list';
import { DocumentPage, type DocumentView } from './document-page';

function viewOf(value: string | null): DocumentView {
  return value === 'edit' || value === 'history' ? value : 'read';
}

function NewDocument({ projectId, links }: { projectId: string; links: ReturnType<typeof documentLinks> }) {
  const navigate = useNavigate();
  const create = useCreateDocument();
  return (
    <section aria-labelledby="new-page" className="space-y-3">
      <h2 id="new-page" className="text-xl font-semibold text-slate-900">
        New page
      </h2>
      <DocumentForm
        label="New page"
        submitLabel="Create page"
        isSaving={create.isPending}
        cancelTo={links.list()}
        onSave={(body, onError) => {
          create.mutate({ projectId, body }, { onSuccess: (created) => void navigate(links.view(created.id), { state: { notice: 'Page created.' } }), onError });
        }}
      />
    </section>
  );
}

/**
 * The project's documentation tab: the list of pages, a new page, or one page (read, edit, history),
 * chosen by the address's query so each has its own link.
 */
export function DocumentationPanel({ project }: ProjectTabProps) {
  const [params] = useSearchParams();
  const location = useLocation();
  const links = documentLinks(paths.workspace.project.getHref(project.id, 'docs'));
  const editable = canChangeProject(project);
  const documentId = params.get('doc');
  const notice = (location.state as { notice?: string } | null)?.notice;
  const version = Number(params.get('version'));

  if (params.get('view') === 'new' && editable) return <NewDocument projectId={project.id} links={links} />;
  if (!documentId) {
    return (
      <div className="space-y-4">
        {notice && <Alert tone="success">{notice}</Alert>}
        <DocumentList projectId={project.id} editable={editable} links={links} />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <Link className="text-sm text-blue-800 underline" to={links.list()}>
        ← All pages
      </Link>
      <DocumentPage
        key={documentId}
        projectId={project.id}
        documentId={documentId}
        view={viewOf(params.get('view'))}
        version={Number.isInteger(version) && version > 0 ? version : undefined}
        editable={editable}
        links={links}
        notice={notice}
      />
    </div>
  );
}
