import { AssistantPanel } from '@/features/assistant/components/assistant-panel';
import { DocumentationPanel } from '@/features/documentation/components/documentation-panel';
import type { ProjectTabExtension } from '@/features/workspace/components/project-tabs';

/** The project page's sections that other features draw; the workspace feature draws the rest. */
export const projectTabExtensions: ProjectTabExtension[] = [
  { id: 'docs', label: 'Docs', Panel: DocumentationPanel },
  { id: 'assistant', label: 'Assistant', Panel: AssistantPanel },
];
