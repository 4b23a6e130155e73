import { describe, expect, it } from 'vitest';

import { visibleSections } from './nav-model';

function outline(role: Parameters<typeof visibleSections>[0]) {
  return visibleSections(role).map((section) => `${section.label}: ${section.items.map((item) => item.label).join(', ')}`);
}

describe('navigation model', () => {
  it('shows a signed-out visitor only the developer pages', () => {
    expect(outline(undefined)).toEqual(['Developer: Local inbox']);
  });

  it('shows a user the workspace, the shop and the fleet, and no admin section', () => {
    expect(outline('user')).toEqual(['Workspace: Home, Dashboard, Projects, Activity, Analytics, Notifications', 'Shop: Products, My orders', 'Fleet: Instances', 'Developer: Local inbox']);
  });

  it('shows a manager low stock as the only admin page', () => {
    expect(outline('manager')).toEqual([
      'Workspace: Home, Dashboard, Projects, Activity, Analytics, Notifications',
      'Shop: Products, My orders',
      'Customers: Customers, Executions, API connection',
      'Fleet: Instances, Audit log',
      'Admin: Low stock',
      'Developer: Local inbox',
    ]);
  });

  it('shows an admin every page', () => {
    expect(outline('admin')).toEqual([
      'Workspace: Home, Dashboard, Projects, Activity, Analytics, Notifications',
      'Shop: Products, My orders',
      'Customers: Customers, Executions, API connection',
      'Fleet: Instances, Audit log',
      'Admin: Users, API keys, Dead letters, Low stock',
      'Developer: Local inbox',
    ]);
  });

  it('draws a new module from its entries alone', () => {
    const sections = visibleSections('manager', [
      { label: 'Fleet', items: [{ to: '/fleet', label: 'Vehicles', audience: 'manageProducts' }] },
      { label: 'Workspace', items: [{ to: '/workspace', label: 'Settings', audience: 'administer' }] },
    ]);
    expect(sections).toEqual([{ label: 'Fleet', items: [{ to: '/fleet', label: 'Vehicles', audience: 'manageProducts' }] }]);
  });
});
