/**
 * The documentation's entities (docs/API.md "Workspace (seed 001)", Documentation). Written by
 * hand until the back end's routes are in docs/openapi.json; each is shaped so it becomes
 * `Sent<Schemas['...']>` in one line.
 */

/** A page in the project's list. `updatedBy`: the user id of its last editor. */
export type DocumentSummary = {
  id: string;
  projectId: string;
  title: string;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

export type Attachment = { id: string; fileName: string; contentType: string; sizeBytes: number; uploadedAt?: string; uploadedBy?: string };

/** A page as it is now, with its markdown and attachments. */
export type Document = DocumentSummary & { content: string; attachments: Attachment[] };

/** What creating or saving a page sends; each save is a new version. */
export type DocumentBody = { title: string; content: string };

export type DocumentVersionSummary = { version: number; title: string; createdAt: string; createdBy: string };

/** A page as it was saved once; a saved version never changes. */
export type DocumentVersion = DocumentVersionSummary & { content: string };

export type AttachmentUpload = { fileName: string; fileData: string; contentType: string };

/** A presigned address and when it stops working. */
export type SignedUrl = { url: string; expiresAt: string };
