import type { Narrow, Schemas, Sent } from '@/lib/typed-api';

/**
 * The documentation's entities, from the OpenAPI document (docs/openapi.json). The document marks
 * no field as required; the server always sends these (docs/API.md "Workspace (seed 001)",
 * Documentation). `createdBy`/`updatedBy` are user ids.
 */

/** A page in the project's list, without its content and attachments. */
export type DocumentSummary = Sent<Schemas['DocumentSummaryResponse']>;

export type Attachment = Sent<Schemas['AttachmentResponse']>;

/** A page as it is now, with its markdown (never rendered by the server) and attachments. */
export type Document = Narrow<Sent<Schemas['DocumentResponse']>, { attachments: Attachment[] }>;

/** What creating or saving a page sends; each save is a new version. */
export type DocumentBody = Sent<Schemas['DocumentBody']>;

/** A version in the history; `sizeBytes` is its content's in UTF-8. */
export type DocumentVersionSummary = Sent<Schemas['DocumentVersionSummaryResponse']>;

/** A page as it was saved once; a saved version never changes. */
export type DocumentVersion = Sent<Schemas['DocumentVersionResponse']>;

/** A presigned PUT of a large attachment, attached once confirmed. */
export type AttachmentUploadUrl = Sent<Schemas['AttachmentUploadResponse']>;

/** A presigned address and when it stops working. */
export type SignedUrl = Sent<Schemas['DownloadUrl']>;
