import { useId, useRef, useState } from 'react';
import { Link, Outlet } from 'react-router';

import { buttonClasses } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useSession } from '@/lib/session';

import { AccountMenu } from './account-menu';
import { MainNav } from './main-nav';
import { visibleSections } from './nav-model';
import { useUserTimeZone } from './use-user-time-zone';

export function AppLayout() {
  const session = useSession();
  const user = session.status === 'authenticated' ? session.user : undefined;
  const sections = visibleSections(user?.role);
  const navId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const timeZone = useUserTimeZone();

  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center gap-2 px-4 py-3 sm:gap-4">
          <button
            ref={menuButton}
            type="button"
            className={`${buttonClasses('ghost', 'sm')} lg:hidden`}
            aria-expanded={menuOpen}
            aria-controls={navId}
            onClick={() => {
              setMenuOpen((value) => !value);
            }}
          >
            <span aria-hidden="true" className="flex w-4 flex-col gap-[3px]">
              <span className="h-0.5 bg-current" />
              <span className="h-0.5 bg-current" />
              <span className="h-0.5 bg-current" />
            </span>
            Menu
          </button>
          <Link to={paths.home.getHref()} className="text-xl font-bold text-blue-800">
            Stratus
          </Link>
          <div className="ml-auto flex min-w-0 items-center gap-2">
            {user ? (
              <>
                <NotificationBell />
                <AccountMenu user={user} />
              </>
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
      <div
        className="mx-auto flex w-full max-w-7xl flex-1 flex-col lg:flex-row"
        onKeyDown={(event) => {
          if (event.key === 'Escape' && menuOpen) {
            setMenuOpen(false);
            menuButton.current?.focus();
          }
        }}
      >
        <MainNav
          id={navId}
          sections={sections}
          open={menuOpen}
          onNavigate={() => {
            setMenuOpen(false);
          }}
        />
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none">
          {/* Pages format times once per render in the display zone: draw them anew when it changes. */}
          <Outlet key={timeZone} />
        </main>
      </div>
      <footer className="border-t border-slate-200 bg-white py-4 text-center text-sm text-slate-700">Stratus · inventory, orders and operations</footer>
    </div>
  );
}
