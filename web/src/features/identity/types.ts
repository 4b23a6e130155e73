import type { Role } from '@/lib/authorization';

/** A user as the admin API lists it. */
export type AdminUser = {
  userId: string;
  email: string;
  name?: string;
  role: Role;
  disabled?: boolean;
  emailVerified?: boolean;
  confirmed?: boolean;
  createdAt?: string;
};
