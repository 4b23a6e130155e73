import type { BadgeTone } from '@/components/ui/badge';

/** The look of a type: a glyph (decorative, beside the words) and a tone, by what the type says happened. */
export type ActivityLook = { glyph: string; tone: BadgeTone };

export function activityLook(type: string): ActivityLook {
  if (type === 'security_alert') return { glyph: '!', tone: 'danger' };
  if (type.endsWith('_failed')) return { glyph: '✕', tone: 'danger' };
  if (type.endsWith('_success') || type.endsWith('_ready')) return { glyph: '✓', tone: 'success' };
  if (type.endsWith('_deleted') || type.endsWith('_removed')) return { glyph: '−', tone: 'warning' };
  if (type.endsWith('_created') || type.endsWith('_added') || type.endsWith('_invited')) return { glyph: '+', tone: 'info' };
  return { glyph: '•', tone: 'neutral' };
}
