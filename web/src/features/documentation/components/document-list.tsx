import { Link } from 'react-router';

import { buttonClasses } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { ListStates } from '@/components/ui/list-states';
import { EmptyState } from '@/components/ui/states';
import { formatDateTime } from '@/lib/format';

import { useDocuments } from '../api/get-documents';
import type { DocumentLinks } from './document-links';
import { Author } from './author';

/** The project's pages: title, when they were last saved and by whom. */
export function DocumentList({ projectId, editable, links }: { projectId: string; editable: boolean; links: DocumentLinks }) {
  const documents = useDocuments({ projectId });
  return (
    <div className="space-y-4">
      {editable && (
        <Link className={buttonClasses()} to={links.create()}>
          New page
        </Link>
      )}
      <ListStates
        query={documents}
        loadingLabel="Loading the pages"
        errorTitle="Could not load the pages"
        empty={<EmptyState title="No pages yet">{editable ? 'Write the first page of this project’s documentation.' : 'An owner or editor writes the documentation.'}</EmptyState>}
      >
        {(items) => (
          <DataTable caption="Documentation pages" columns={['Title', 'Updated', 'By']}>
            {items.map((document) => (
              <tr key={document.id} className="border-t border-slate-200">
                <td className="px-3 py-2">
                  <Link className="font-medium break-words text-blue-800 underline" to={links.view(document.id)}>
                    {document.title}
                  </Link>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(document.updatedAt)}</td>
                <td className="px-3 py-2">
                  <Author userId={document.updatedBy} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListStates>
    </div>
  );
}
