import type { Schemas, Sent } from '@/lib/typed-api';

/** One entry of the activity log (docs/API.md "Activity"); `projectId` is absent for the user's own, such as a security alert. */
export type Activity = Sent<Schemas['ActivityResponse'], 'projectId'>;

/** What a feed asks for; part of its query key. */
export type ActivityFilters = { projectId?: string; type?: string; nextToken?: string; limit?: number };
