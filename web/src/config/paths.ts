function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export const paths = {
  home: { path: '/', getHref: () => '/' },
  auth: {
    login: { path: '/login', getHref: (redirectTo?: string, email?: string) => withQuery('/login', { redirectTo, email }) },
    register: { path: '/register', getHref: () => '/register' },
    confirm: { path: '/confirm', getHref: (email?: string) => withQuery('/confirm', { email }) },
    forgotPassword: { path: '/forgot-password', getHref: () => '/forgot-password' },
    resetPassword: { path: '/reset-password', getHref: (email?: string) => withQuery('/reset-password', { email }) },
  },
  products: {
    list: { path: '/products', getHref: () => '/products' },
    create: { path: '/products/new', getHref: () => '/products/new' },
    detail: { path: '/products/:productId', getHref: (id: string) => `/products/${encodeURIComponent(id)}` },
    edit: { path: '/products/:productId/edit', getHref: (id: string) => `/products/${encodeURIComponent(id)}/edit` },
  },
  orders: {
    list: { path: '/orders', getHref: () => '/orders' },
    detail: { path: '/orders/:orderId', getHref: (id: string) => `/orders/${encodeURIComponent(id)}` },
  },
  customers: {
    list: { path: '/customers', getHref: (prefix?: string) => withQuery('/customers', { prefix }) },
    create: { path: '/customers/new', getHref: () => '/customers/new' },
    executions: { path: '/customers/executions', getHref: (status?: string) => withQuery('/customers/executions', { status }) },
    execution: { path: '/customers/executions/:executionId', getHref: (id: string) => `/customers/executions/${encodeURIComponent(id)}` },
    settings: { path: '/customers/settings', getHref: () => '/customers/settings' },
  },
  fleet: {
    instances: { path: '/fleet/instances', getHref: () => '/fleet/instances' },
    instance: { path: '/fleet/instances/:instanceId', getHref: (id: string) => `/fleet/instances/${encodeURIComponent(id)}` },
    audit: { path: '/fleet/audit', getHref: (instanceId?: string) => withQuery('/fleet/audit', { instanceId }) },
  },
  admin: {
    users: { path: '/admin/users', getHref: () => '/admin/users' },
    apiKeys: { path: '/admin/api-keys', getHref: () => '/admin/api-keys' },
    deadLetters: { path: '/admin/dead-letters', getHref: () => '/admin/dead-letters' },
    lowStock: { path: '/admin/low-stock', getHref: () => '/admin/low-stock' },
  },
  inbox: { path: '/inbox', getHref: (address?: string) => withQuery('/inbox', { address }) },
  workspace: {
    home: { path: '/workspace', getHref: () => '/workspace' },
    dashboard: { path: '/workspace/dashboard', getHref: () => '/workspace/dashboard' },
    projects: { path: '/projects', getHref: () => '/projects' },
    createProject: { path: '/projects/new', getHref: () => '/projects/new' },
    /** `tab`: overview (the default), schema, architecture, generations, deployments or team. */
    project: {
      path: '/projects/:projectId/:tab?',
      getHref: (id: string, tab?: string) => `/projects/${encodeURIComponent(id)}${tab && tab !== 'overview' ? `/${tab}` : ''}`,
    },
    deployment: { path: '/deployments/:deploymentId', getHref: (id: string) => `/deployments/${encodeURIComponent(id)}` },
    invitation: { path: '/invitations/:token', getHref: (token: string) => `/invitations/${encodeURIComponent(token)}` },
  },
} as const;
