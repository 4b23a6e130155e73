import { Badge } from '@/components/ui/badge';

import type { DeploymentStatus, GenerationStatus, ProjectRole } from '../types';
import { roleLabels } from '../utils/roles';
import { statusLabel, statusTone } from '../utils/status';

/** A generation's or deployment's status in words; the colour only repeats them. */
export function StatusBadge({ status }: { status: GenerationStatus | DeploymentStatus }) {
  return <Badge tone={statusTone(status)}>{statusLabel(status)}</Badge>;
}

export function RoleBadge({ role }: { role: ProjectRole }) {
  return <Badge tone={role === 'owner' ? 'info' : 'neutral'}>{roleLabels[role]}</Badge>;
}
