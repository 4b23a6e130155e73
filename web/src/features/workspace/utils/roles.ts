import type { ProjectRole } from '../types';

/** Owners and editors change a project's content; viewers only read (the API answers 403). */
export function canEdit(role: ProjectRole): boolean {
  return role === 'owner' || role === 'editor';
}

/** Owners alone delete the project and manage its team. */
export function isOwner(role: ProjectRole): boolean {
  return role === 'owner';
}

export const roleLabels: Record<ProjectRole, string> = { owner: 'Owner', editor: 'Editor', viewer: 'Viewer' };
