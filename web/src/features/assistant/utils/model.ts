/** The offline analyser the server runs locally: rule-based, reading only the project's data. */
export const LOCAL_ANALYSER = 'local-analyser';

/** How the console names what answered: plainly, so nobody mistakes the local analyser for an AI model. */
export function modelLabel(model: string): string {
  return model === LOCAL_ANALYSER ? 'Local analyser — answers from this project’s data; not an AI model' : `Model: ${model}`;
}
