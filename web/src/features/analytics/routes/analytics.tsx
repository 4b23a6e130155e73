import { useId } from 'react';

import { ChoiceGroup } from '@/components/ui/choice-group';
import { SelectField } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { useUrlChoice, useUrlParams } from '@/hooks/use-url-params';

import { useProjectChoices } from '../api/get-project-choices';
import { ChartFigure } from '../components/chart-figure';
import { CHART_LABELS } from '../components/chart-rows';
import { RealtimeStats } from '../components/realtime-stats';
import { CHART_TYPES, PERIODS } from '../types';

const CHART_OPTIONS = CHART_TYPES.map((chartType) => ({ value: chartType, label: CHART_LABELS[chartType] }));
const PERIOD_OPTIONS = PERIODS.map((period) => ({ value: period, label: period }));

/** All projects or one, in the address (`?projectId=`). */
function ProjectSelect() {
  const { params, update } = useUrlParams();
  const projects = useProjectChoices();
  const projectId = params.get('projectId') ?? '';
  return (
    <SelectField
      label="Project"
      className="w-full sm:w-64"
      value={projectId}
      disabled={projects.isPending}
      hint={projects.isError ? 'Could not load your projects; showing all of them.' : undefined}
      onChange={(event) => {
        update({ projectId: event.target.value || undefined });
      }}
    >
      <option value="">All my projects</option>
      {/* A project from a shared link that is not among the first page still shows as chosen. */}
      {projectId && projects.data && !projects.data.some((project) => project.id === projectId) && <option value={projectId}>This project</option>}
      {projects.data?.map((project) => (
        <option key={project.id} value={project.id}>
          {project.name}
        </option>
      ))}
    </SelectField>
  );
}

export function AnalyticsRoute() {
  const [chartType = 'deployments', setChartType] = useUrlChoice('chart', CHART_TYPES);
  const [period = '7d', setPeriod] = useUrlChoice('period', PERIODS);
  const { params } = useUrlParams();
  const projectId = params.get('projectId') ?? undefined;
  const chartHeadingId = useId();
  return (
    <div className="min-w-0 space-y-6">
      <PageHeader title="Analytics" description="Counted as things happen, for all your projects or one." />
      <div className="flex flex-wrap items-end gap-4">
        <ProjectSelect />
      </div>
      <RealtimeStats projectId={projectId} />
      <section aria-labelledby={chartHeadingId} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id={chartHeadingId} className="mb-3 text-lg font-semibold text-slate-900">
          Over time
        </h2>
        <div className="mb-4 flex flex-wrap items-end gap-4">
          <ChoiceGroup legend="Chart" options={CHART_OPTIONS} value={chartType} onChange={(value) => { setChartType(value || undefined); }} />
          <ChoiceGroup legend="Period" options={PERIOD_OPTIONS} value={period} onChange={(value) => { setPeriod(value || undefined); }} />
        </div>
        <ChartFigure query={{ chartType, period, projectId }} />
      </section>
    </div>
  );
}
