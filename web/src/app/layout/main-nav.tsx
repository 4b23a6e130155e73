import { useId } from 'react';
import { NavLink } from 'react-router';

import { cn } from '@/components/ui/cn';

import type { NavSection } from './nav-model';

type MainNavProps = {
  id: string;
  sections: NavSection[];
  /** Phones only: the menu button shows it; wide screens always do. */
  open: boolean;
  onNavigate: () => void;
};

/** The grouped sections of the nav model: a sidebar from `lg` up, a panel under the header below. */
export function MainNav({ id, sections, open, onNavigate }: MainNavProps) {
  const labelId = useId();
  return (
    <nav
      id={id}
      aria-label="Main"
      className={cn(
        open ? 'block' : 'hidden',
        'border-b border-slate-200 bg-white px-4 py-3 lg:block lg:w-56 lg:shrink-0 lg:border-b-0 lg:bg-transparent lg:px-0 lg:py-6 lg:pl-4',
      )}
    >
      <div className="space-y-4">
        {sections.map((section, index) => (
          <div key={section.label}>
            <p id={`${labelId}-${index}`} className="px-3 text-xs font-semibold uppercase tracking-wide text-slate-700">
              {section.label}
            </p>
            <ul aria-labelledby={`${labelId}-${index}`} className="mt-1 space-y-0.5">
              {section.items.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    end={item.end}
                    onClick={onNavigate}
                    className={({ isActive }) =>
                      cn('block rounded-md px-3 py-2 text-sm font-medium', isActive ? 'bg-blue-100 text-blue-900' : 'text-slate-800 hover:bg-slate-100')
                    }
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}
