import { describe, expect, it } from 'vitest';

import { registrationWorkflow as registration } from '../testing/customers-fixtures';
import type { WorkflowDefinition } from '../workflow-definition';
import { layoutWorkflow, transitionsOf } from './workflow-layout';

const sizes = { nodeWidth: 100, nodeHeight: 40, gapX: 20, gapY: 30 };

function rows(definition: WorkflowDefinition) {
  const layout = layoutWorkflow(definition, sizes);
  const result: string[][] = [];
  for (const state of layout.states) (result[state.layer] ??= []).push(state.name);
  return result;
}

describe('layoutWorkflow', () => {
  it('reads every kind of transition: Next, Choices, Default and Catch, naming what a catch that is not a catch-all catches', () => {
    expect(transitionsOf(registration).map((t) => `${t.source}->${t.target} ${t.kind} ${t.label ?? ''}`.trim())).toEqual([
      'Validate->IsValid next',
      'Validate->LogRejection catch',
      'IsValid->Insert choice $.valid == true',
      'IsValid->LogRejection default Default',
      'Insert->Registered next',
      'Insert->LogRejection catch Catch DuplicateEntry',
      'LogRejection->Rejected next',
    ]);
  });

  it('puts each state below every state that leads to it', () => {
    expect(rows(registration)).toEqual([['Validate'], ['IsValid'], ['Insert'], ['Registered', 'LogRejection'], ['Rejected']]);
  });

  it('centres each row and spaces rows by the node sizes', () => {
    const layout = layoutWorkflow(registration, sizes);
    const at = (name: string) => layout.states.find((s) => s.name === name);
    expect(layout.width).toBe(220);
    expect(layout.height).toBe(5 * 40 + 4 * 30);
    expect(at('Validate')).toMatchObject({ x: 60, y: 0, isStart: true, type: 'Task' });
    expect(at('Registered')).toMatchObject({ x: 0, y: 210, isStart: false, type: 'Succeed' });
    expect(at('LogRejection')).toMatchObject({ x: 120, y: 210 });
    expect(at('Rejected')).toMatchObject({ x: 60, y: 280 });
  });

  it('joins the labels of two transitions between the same states, and writes comparisons as symbols', () => {
    const definition: WorkflowDefinition = {
      StartAt: 'Check',
      States: {
        Check: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: false, Next: 'End' }], Default: 'End' },
        Count: { Type: 'Choice', Choices: [{ Variable: '$.attempts', NumericGreaterThanEquals: 3, Next: 'End' }] },
        End: { Type: 'Succeed' },
      },
    };
    expect(transitionsOf(definition)).toEqual([
      { id: 'Check->End', source: 'Check', target: 'End', kind: 'choice', label: '$.a IsPresent false / Default' },
      { id: 'Count->End', source: 'Count', target: 'End', kind: 'choice', label: '$.attempts >= 3' },
    ]);
  });

  it('keeps a loop from pushing states down forever, and still draws it', () => {
    const definition: WorkflowDefinition = {
      StartAt: 'Poll',
      States: {
        Poll: { Type: 'Task', Next: 'Done?' },
        'Done?': { Type: 'Choice', Choices: [{ And: [], Next: 'Finish' }], Default: 'Wait' },
        Wait: { Type: 'Wait', Next: 'Poll' },
        Finish: { Type: 'Succeed' },
      },
    };
    expect(rows(definition)).toEqual([['Poll'], ['Done?'], ['Finish', 'Wait']]);
    expect(transitionsOf(definition).map((t) => t.id)).toContain('Wait->Poll');
    expect(transitionsOf(definition).find((t) => t.id === 'Done?->Finish')?.label).toBe('rule 1');
  });

  it('places states the start does not reach, and ignores transitions to states that do not exist', () => {
    const definition: WorkflowDefinition = {
      StartAt: 'A',
      States: { A: { Type: 'Pass', Next: 'Missing' }, Orphan: { Type: 'Pass', End: true } },
    };
    const layout = layoutWorkflow(definition, sizes);
    expect(layout.transitions).toEqual([]);
    expect(layout.states.map((s) => s.name)).toEqual(['A', 'Orphan']);
  });

  it('gives the same picture for the same document', () => {
    expect(layoutWorkflow(registration)).toEqual(layoutWorkflow(structuredClone(registration)));
  });
});
