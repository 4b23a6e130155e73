import { Link } from 'react-router';

import { buttonClasses } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/session';

const features = [
  { title: 'Browse and order', text: 'Search the catalogue by name or category, see what is in stock, and order in a few clicks.' },
  { title: 'Never oversold', text: 'Stock and orders change in one step, so two buyers can never take the last item twice.' },
  { title: 'Run the shop', text: 'Managers keep products and images up to date; admins handle users, low stock and failed orders.' },
];

export function LandingRoute() {
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  return (
    <div className="space-y-10">
      <section className="rounded-2xl bg-gradient-to-br from-blue-800 to-blue-950 px-6 py-12 text-white sm:px-10">
        <h1 className="max-w-2xl text-3xl font-bold sm:text-4xl">Inventory and orders, on AWS or on your laptop.</h1>
        <p className="mt-4 max-w-2xl text-lg text-blue-50">
          Stratus keeps your products, stock and orders in step, confirms every order through a queue and tells you when something needs attention.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          {signedIn ? (
            <Link className={buttonClasses('secondary')} to={paths.products.list.getHref()}>
              Browse products
            </Link>
          ) : (
            <>
              <Link className={buttonClasses('secondary')} to={paths.auth.register.getHref()}>
                Create an account
              </Link>
              <Link className="inline-flex min-h-11 items-center rounded-md border border-white px-4 text-sm font-medium text-white hover:bg-blue-900" to={paths.auth.login.getHref()}>
                Log in
              </Link>
            </>
          )}
        </div>
      </section>
      <section aria-labelledby="features-title">
        <h2 id="features-title" className="sr-only">
          What you can do
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {features.map((feature) => (
            <li key={feature.title} className="rounded-lg border border-slate-200 bg-white p-5">
              <h3 className="font-semibold text-slate-900">{feature.title}</h3>
              <p className="mt-2 text-slate-700">{feature.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
