import type { Schemas, Sent } from '@/lib/typed-api';

/** A mail the local cloud caught, from the OpenAPI document. */
export type InboxMail = Sent<Schemas['InboxMail']>;
