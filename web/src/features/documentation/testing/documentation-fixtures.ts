import type { ProjectTabProject } from '@/lib/project-tab';

import type { Attachment, Document, DocumentSummary } from '../types';

export function project(over: Partial<ProjectTabProject> = {}): ProjectTabProject {
  return { id: 'p-1', name: 'Shop backend', role: 'owner', ...over };
}

export function documentSummary(over: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id: 'd-1',
    projectId: 'p-1',
    title: 'Getting started',
    version: 1,
    createdAt: '2026-11-29T10:00:00.000Z',
    createdBy: 'user-id',
    updatedAt: '2026-11-29T10:00:00.000Z',
    updatedBy: 'user-id',
    ...over,
  };
}

export function document(over: Partial<Document> = {}): Document {
  return { ...documentSummary(), content: '# Welcome\n\nRun `./stratus dev`.', attachments: [], ...over };
}

export function attachment(over: Partial<Attachment> = {}): Attachment {
  return { id: 'a-1', fileName: 'notes.txt', contentType: 'text/plain', sizeBytes: 12, createdAt: '2026-11-29T10:05:00.000Z', createdBy: 'user-id', ...over };
}
