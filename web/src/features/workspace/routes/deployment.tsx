import { Link, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';

import { useCancelDeployment } from '../api/cancel-deployment';
import { useDeployment } from '../api/get-deployment';
import { useProject } from '../api/get-project';
import { DeploymentLog } from '../components/deployment-log';
import { StatusBadge } from '../components/status-badge';
import type { Deployment } from '../types';
import { canEdit } from '../utils/roles';
import { deploymentRefetchMs, isDeploymentOver } from '../utils/status';

/** Before the app is live this cancels the deployment (CANCELLED); once it is, it stops the app (STOPPED). */
function CancelButton({ deployment }: { deployment: Deployment }) {
  const cancel = useCancelDeployment();
  const live = deployment.status === 'SUCCEEDED';
  return (
    <ConfirmActionButton
      label={live ? 'Stop app' : 'Cancel deployment'}
      ariaLabel={live ? 'Stop app' : 'Cancel deployment'}
      title={live ? 'Stop this app?' : 'Cancel this deployment?'}
      confirmLabel={live ? 'Stop app' : 'Cancel deployment'}
      cancelLabel="Keep it running"
      size="md"
      action={cancel}
      run={(close) => {
        cancel.mutate({ deploymentId: deployment.id, projectId: deployment.projectId }, { onSuccess: close });
      }}
      errorText={errorMessage}
    >
      {live ? 'The app stops and its address stops answering.' : 'The build stops, or the app it started is stopped.'}
    </ConfirmActionButton>
  );
}

/** How the deployment ended, with the server's reason when it gave one. */
function Outcome({ deployment }: { deployment: Deployment }) {
  const { status, reason } = deployment;
  if (status === 'FAILED') return <Alert tone="error" title="The deployment failed">{reason ?? 'The log below says why.'}</Alert>;
  if (status === 'CANCELLED') return <Alert tone="warning" title="The deployment was cancelled">{reason}</Alert>;
  if (status === 'STOPPED') return <Alert tone="info" title="The app has stopped">{reason}</Alert>;
  return null;
}

export function DeploymentRoute() {
  const { deploymentId = '' } = useParams();
  const query = useDeployment({ deploymentId });
  const project = useProject({ projectId: query.data?.projectId ?? '', enabled: Boolean(query.data) });
  if (query.isPending) return <LoadingState label="Loading the deployment" />;
  if (query.isError) return <ErrorState title="Could not load this deployment" error={query.error} onRetry={() => void query.refetch()} />;

  const deployment = query.data;
  const over = isDeploymentOver(deployment.status);
  return (
    <div>
      <PageHeader
        title={`Deployment to ${deployment.environment}`}
        description={
          <Link className="text-blue-800 underline" to={paths.workspace.project.getHref(deployment.projectId, 'deployments')}>
            {project.data ? `${project.data.name}: all deployments` : 'All deployments of the project'}
          </Link>
        }
        actions={!over && project.data && canEdit(project.data.role) ? <CancelButton deployment={deployment} /> : undefined}
      />
      <div className="mb-6 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <p className="flex flex-wrap items-center gap-2 text-slate-800" aria-live="polite">
          Status: <StatusBadge status={deployment.status} />
          {!over && <span className="text-sm text-slate-700">This page updates by itself.</span>}
        </p>
        <p className="text-sm text-slate-700">
          Started {formatDateTime(deployment.createdAt)}, last change {formatDateTime(deployment.updatedAt)}.
        </p>
        {deployment.status === 'SUCCEEDED' && deployment.url && (
          <Alert tone="success" title="The app is running">
            <a className="break-all font-medium underline" href={deployment.url} target="_blank" rel="noreferrer">
              {deployment.url}
            </a>
            {project.data?.stack === 'spring-boot' && (
              <>
                {' · '}
                <a className="break-all underline" href={`${deployment.url.replace(/\/$/, '')}/actuator/health`} target="_blank" rel="noreferrer">
                  Health check
                </a>
              </>
            )}
          </Alert>
        )}
        <Outcome deployment={deployment} />
      </div>
      <h2 className="mb-2 text-lg font-semibold text-slate-900">Log</h2>
      <DeploymentLog deploymentId={deployment.id} refetchMs={deploymentRefetchMs(deployment.status)} />
    </div>
  );
}
