import { Link, NavLink, Outlet } from 'react-router';

import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { paths } from '@/config/paths';
import { policies, type Policy } from '@/lib/authorization';
import { useSession } from '@/lib/session';

import { AccountMenu } from './account-menu';

type NavItem = { to: string; label: string; policy?: Policy; signedIn?: boolean };

const navItems: NavItem[] = [
  { to: paths.products.list.getHref(), label: 'Products', signedIn: true },
  { to: paths.orders.list.getHref(), label: 'My orders', signedIn: true },
  { to: paths.admin.lowStock.getHref(), label: 'Low stock', policy: 'viewLowStock' },
  { to: paths.admin.users.getHref(), label: 'Users', policy: 'administer' },
  { to: paths.admin.deadLetters.getHref(), label: 'Dead letters', policy: 'administer' },
  { to: paths.inbox.getHref(), label: 'Local inbox' },
];

export function AppLayout() {
  const session = useSession();
  const user = session.status === 'authenticated' ? session.user : undefined;
  const visible = navItems.filter((item) => {
    if (item.policy) return user !== undefined && policies[item.policy](user.role);
    if (item.signedIn) return user !== undefined;
    return true;
  });

  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link to={paths.home.getHref()} className="text-xl font-bold text-blue-800">
            Stratus
          </Link>
          <nav aria-label="Main" className="order-last w-full overflow-x-auto sm:order-none sm:w-auto sm:flex-1">
            <ul className="flex gap-1">
              {visible.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    className={({ isActive }) =>
                      cn('block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium', isActive ? 'bg-blue-100 text-blue-900' : 'text-slate-800 hover:bg-slate-100')
                    }
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-2">
            {user ? (
              <AccountMenu user={user} />
            ) : session.status === 'anonymous' ? (
              <>
                <Link className={buttonClasses('ghost', 'sm')} to={paths.auth.login.getHref()}>
                  Log in
                </Link>
                <Link className={buttonClasses('primary', 'sm')} to={paths.auth.register.getHref()}>
                  Sign up
                </Link>
              </>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 bg-white py-4 text-center text-sm text-slate-700">Stratus · inventory, orders and operations</footer>
    </div>
  );
}
