import { cn } from '@/components/ui/cn';

import { useProfilePictureUrl } from '../api/get-profile-picture-url';

/** The user's initials, for a user without a picture. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/[\s@._-]+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/**
 * The signed-in user's picture (a presigned URL), or their initials; decorative beside their name.
 * It only shows a picture the settings page has already read: the API says "no picture" with a 404
 * (which a browser logs as an error), and nothing else tells whether there is one, so asking on
 * every page for the many users without one would fill every console with errors.
 */
export function Avatar({ name }: { name: string }) {
  const picture = useProfilePictureUrl({ queryConfig: { enabled: false } });
  const classes = 'h-7 w-7 shrink-0 rounded-full text-xs';
  if (picture.data) return <img src={picture.data.url} alt="" className={cn(classes, 'object-cover')} />;
  return (
    <span aria-hidden="true" className={cn(classes, 'inline-flex items-center justify-center bg-blue-100 font-semibold text-blue-900')}>
      {initialsOf(name)}
    </span>
  );
}
