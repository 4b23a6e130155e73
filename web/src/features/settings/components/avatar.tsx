import { cn } from '@/components/ui/cn';

import { useProfilePictureUrl } from '../api/get-profile-picture-url';

/** The user's initials, for a user without a picture. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/[\s@._-]+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** The signed-in user's picture (a presigned URL), or their initials; decorative beside their name. */
export function Avatar({ name, size = 'sm' }: { name: string; size?: 'sm' | 'lg' }) {
  const picture = useProfilePictureUrl();
  const classes = cn('shrink-0 rounded-full', size === 'sm' ? 'h-7 w-7 text-xs' : 'h-24 w-24 text-2xl');
  if (picture.data) return <img src={picture.data.url} alt="" className={cn(classes, 'object-cover')} />;
  return (
    <span aria-hidden="true" className={cn(classes, 'inline-flex items-center justify-center bg-blue-100 font-semibold text-blue-900')}>
      {initialsOf(name)}
    </span>
  );
}
