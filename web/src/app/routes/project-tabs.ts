import { AssistantPanel } from '@/features/assistant/components/assistant-panel';
import { DocumentationPanel } from '@/features/documentation/components/documentation-panel';
import type { ProjectTabDefinition } from '@/lib/project-tab';

/**
 * The project page's sections from features other than the workspace, after its own: listed here,
 * in the app layer, because features never import each other.
 */
export const projectTabs: readonly ProjectTabDefinition[] = [
  { id: 'docs', label: 'Docs', Panel: DocumentationPanel },
  { id: 'assistant', label: 'Assistant', Panel: AssistantPanel },
];
