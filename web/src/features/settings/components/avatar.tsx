import { cn } from '@/components/ui/cn';

import { useProfilePictureUrl } from '../api/get-profile-picture-url';
import { useSettings } from '../api/get-settings';

/** The user's initials, for a user without a picture. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/[\s@._-]+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/**
 * The signed-in user's picture (a presigned URL), or their initials; decorative beside their name. Its address
 * is asked for only when the settings say there is a picture: for one that is not there the API answers 404,
 * which a browser would log on every page.
 */
export function Avatar({ name }: { name: string }) {
  const settings = useSettings();
  const hasPicture = Boolean(settings.data?.profilePicture);
  const picture = useProfilePictureUrl({ queryConfig: { enabled: hasPicture } });
  const classes = 'h-7 w-7 shrink-0 rounded-full text-xs';
  if (hasPicture && picture.data) return <img src={picture.data.url} alt="" className={cn(classes, 'object-cover')} />;
  return (
    <span aria-hidden="true" className={cn(classes, 'inline-flex items-center justify-center bg-blue-100 font-semibold text-blue-900')}>
      {initialsOf(name)}
    </span>
  );
}
