import type { Role } from '@/lib/authorization';
import type { Narrow, Schemas, Sent } from '@/lib/typed-api';

/** The identity module's entities, from the OpenAPI document; `role` is one of the platform's roles. */
export type Me = Narrow<Sent<Schemas['Me']>, { role: Role }>;

/** A user as the admin API lists it. */
export type AdminUser = Narrow<Sent<Schemas['AdminView'], 'name'>, { role: Role }>;

export type Registered = Sent<Schemas['Registered']>;

export type LoginAnswer = Sent<Schemas['Tokens']>;

/** An API key as the admin list shows it: never the key itself. */
export type ApiKey = Sent<Schemas['ListedKey'], 'lastUsedAt' | 'expiresAt'>;

/** A key just created or rotated: the one answer that carries `key`, shown once. */
export type IssuedApiKey = Sent<Schemas['IssuedKey'], 'expiresAt'>;
