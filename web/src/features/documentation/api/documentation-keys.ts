/**
 * Every query key of the documentation feature. A page's key is the prefix of its versions' and
 * attachments', so saving a page invalidates all of it with one call.
 */
export const documentationKeys = {
  all: ['documentation'] as const,
  list: (projectId: string) => [...documentationKeys.all, 'project', projectId] as const,
  document: (documentId: string) => [...documentationKeys.all, 'document', documentId] as const,
  versions: (documentId: string) => [...documentationKeys.document(documentId), 'versions'] as const,
  version: (documentId: string, version: number) => [...documentationKeys.versions(documentId), version] as const,
};
