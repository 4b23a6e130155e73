import { useState } from 'react';

import { Button } from '@/components/ui/button';

import { FLEET_ACTIONS, type ActionAccepted, type FleetAction, type Instance } from '../types';
import { ActionDialog } from './action-dialog';
import { ACTION_VERBS, canAct } from './action-rules';

type InstanceActionsProps = {
  instance: Instance;
  /** An action is being followed: no other until it has settled. */
  busy: boolean;
  onAccepted: (accepted: ActionAccepted) => void;
};

/** Reboot, stop and start, each enabled only in the state that allows it (admins only: the caller decides). */
export function InstanceActions({ instance, busy, onAccepted }: InstanceActionsProps) {
  const [open, setOpen] = useState<FleetAction>();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {FLEET_ACTIONS.map((action) => (
          <Button
            key={action}
            variant={action === 'start' ? 'primary' : 'secondary'}
            disabled={busy || !canAct(action, instance.state)}
            onClick={() => {
              setOpen(action);
            }}
          >
            {ACTION_VERBS[action]}
          </Button>
        ))}
      </div>
      <p className="text-sm text-slate-700">
        {busy ? 'Wait until the instance has settled.' : 'Reboot and stop need a running instance; start needs a stopped one.'}
      </p>
      {open && (
        <ActionDialog
          instance={instance}
          action={open}
          onAccepted={onAccepted}
          onClose={() => {
            setOpen(undefined);
          }}
        />
      )}
    </div>
  );
}
