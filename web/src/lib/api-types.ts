/** The envelope's shared shapes; each feature keeps its own entities beside its endpoints. */

export type Page<T> = {
  items: T[];
  count: number;
  nextToken?: string;
};

export type FieldProblem = {
  field: string;
  message: string;
};
