/**
 * The parts of an Amazon States Language document the console draws (`GET /api/customers/workflow`
 * returns the document itself). The server validates the whole document; this only reads it.
 */
export type AslChoiceRule = { Next?: string; Variable?: string; [operator: string]: unknown };

export type AslCatcher = { ErrorEquals?: string[]; Next?: string };

export type AslState = {
  Type: string;
  Comment?: string;
  Next?: string;
  End?: boolean;
  Default?: string;
  Choices?: AslChoiceRule[];
  Catch?: AslCatcher[];
  Resource?: string;
};

export type WorkflowDefinition = {
  Comment?: string;
  StartAt: string;
  States: Record<string, AslState>;
};
