export const ROLES = ['admin', 'manager', 'user', 'guest'] as const;
/** The platform's roles; the access rules on the server and these policies speak the same ones. */
export type Role = (typeof ROLES)[number];

/** What each role may do in the console; the API enforces the same rules on every call. */
export const policies = {
  manageProducts: (role: Role) => role === 'admin' || role === 'manager',
  viewLowStock: (role: Role) => role === 'admin' || role === 'manager',
  placeOrders: (role: Role) => role !== 'guest',
  administer: (role: Role) => role === 'admin',
  manageCustomers: (role: Role) => role === 'admin' || role === 'manager',
  operateFleet: (role: Role) => role === 'admin',
  viewFleetAudit: (role: Role) => role === 'admin' || role === 'manager',
} as const;

export type Policy = keyof typeof policies;
