import { paths } from '@/config/paths';
import { policies, type Policy } from '@/lib/authorization';
import type { Role } from '@/lib/authorization';

/** Who sees an entry: everyone, anyone signed in, or the roles a policy allows. */
export type Audience = 'everyone' | 'signedIn' | Policy;

/** `end`: active on its own path only, not on the paths below it (Customers, not Executions under it). */
export type NavItem = { to: string; label: string; audience: Audience; end?: boolean };

export type NavSection = { label: string; items: NavItem[] };

/**
 * The console's one navigation model. A new module adds a section or entries here; the layout
 * draws whatever is here, as a sidebar on wide screens and behind the menu button on phones.
 */
export const navSections: NavSection[] = [
  {
    label: 'Workspace',
    items: [
      { to: paths.workspace.home.getHref(), label: 'Home', audience: 'signedIn', end: true },
      { to: paths.workspace.dashboard.getHref(), label: 'Dashboard', audience: 'signedIn' },
      { to: paths.workspace.projects.getHref(), label: 'Projects', audience: 'signedIn' },
      { to: paths.workspace.activity.getHref(), label: 'Activity', audience: 'signedIn' },
      { to: paths.workspace.analytics.getHref(), label: 'Analytics', audience: 'signedIn' },
      { to: paths.workspace.notifications.getHref(), label: 'Notifications', audience: 'signedIn' },
    ],
  },
  {
    label: 'Shop',
    items: [
      { to: paths.products.list.getHref(), label: 'Products', audience: 'signedIn' },
      { to: paths.orders.list.getHref(), label: 'My orders', audience: 'signedIn' },
    ],
  },
  {
    label: 'Customers',
    items: [
      { to: paths.customers.list.getHref(), label: 'Customers', audience: 'manageCustomers', end: true },
      { to: paths.customers.executions.getHref(), label: 'Executions', audience: 'manageCustomers' },
      { to: paths.customers.settings.getHref(), label: 'API connection', audience: 'manageCustomers' },
    ],
  },
  {
    label: 'Fleet',
    items: [
      { to: paths.fleet.instances.getHref(), label: 'Instances', audience: 'signedIn' },
      { to: paths.fleet.audit.getHref(), label: 'Audit log', audience: 'viewFleetAudit' },
    ],
  },
  {
    label: 'Admin',
    items: [
      { to: paths.admin.users.getHref(), label: 'Users', audience: 'administer' },
      { to: paths.admin.apiKeys.getHref(), label: 'API keys', audience: 'administer' },
      { to: paths.admin.deadLetters.getHref(), label: 'Dead letters', audience: 'administer' },
      { to: paths.admin.lowStock.getHref(), label: 'Low stock', audience: 'viewLowStock' },
    ],
  },
  {
    label: 'Developer',
    items: [{ to: paths.inbox.getHref(), label: 'Local inbox', audience: 'everyone' }],
  },
];

function canSee(audience: Audience, role: Role | undefined): boolean {
  if (audience === 'everyone') return true;
  if (role === undefined) return false;
  return audience === 'signedIn' || policies[audience](role);
}

/** The sections and entries `role` may see (undefined: signed out); empty sections are left out. */
export function visibleSections(role: Role | undefined, sections: NavSection[] = navSections): NavSection[] {
  return sections
    .map((section) => ({ ...section, items: section.items.filter((item) => canSee(item.audience, role)) }))
    .filter((section) => section.items.length > 0);
}
