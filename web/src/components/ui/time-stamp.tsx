import { formatDateTime, formatRelative } from '@/lib/format';
import { useDisplayTimeZone } from '@/lib/time-zone';

/**
 * A moment as the console shows it, in the user's time zone: "5 minutes ago · 30 Nov 2026, 09:12"
 * when `relative`, else only the date and time. The machine-readable instant is in `dateTime`.
 */
export function TimeStamp({ iso, relative = false, className }: { iso: string; relative?: boolean; className?: string }) {
  const zone = useDisplayTimeZone();
  const absolute = formatDateTime(iso, undefined, zone);
  return (
    <time dateTime={iso} className={className}>
      {relative ? `${formatRelative(iso)} · ${absolute}` : absolute}
    </time>
  );
}
