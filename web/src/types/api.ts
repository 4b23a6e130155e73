/** Shapes shared by every feature; feature-specific entities live beside their endpoints. */

export type Page<T> = {
  items: T[];
  count: number;
  nextToken?: string;
};

export type FieldProblem = {
  field: string;
  message: string;
};

export const ROLES = ['admin', 'manager', 'user', 'guest'] as const;
export type Role = (typeof ROLES)[number];

export type SessionUser = {
  userId: string;
  email: string;
  role: Role;
  name?: string;
};
