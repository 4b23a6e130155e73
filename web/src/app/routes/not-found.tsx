import { Link } from 'react-router';

import { paths } from '@/config/paths';

export function NotFoundRoute() {
  return (
    <div className="mx-auto max-w-lg text-center">
      <h1 className="text-2xl font-bold text-slate-900">Page not found</h1>
      <p className="mt-2 text-slate-700">There is nothing at this address.</p>
      <Link className="mt-4 inline-block text-blue-800 underline" to={paths.home.getHref()}>
        Go to the start page
      </Link>
    </div>
  );
}
