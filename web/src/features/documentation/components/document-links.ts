/**
 * Where each view of the documentation tab lives: the tab's address with `doc`, `view` and
 * `version` in its query, so every view can be linked to and the back button works.
 */
export type DocumentLinks = {
  list: () => string;
  create: () => string;
  view: (documentId: string) => string;
  edit: (documentId: string) => string;
  history: (documentId: string, version?: number) => string;
};

export function documentLinks(base: string): DocumentLinks {
  const to = (query: Record<string, string>) => `${base}?${new URLSearchParams(query).toString()}`;
  return {
    list: () => base,
    create: () => to({ view: 'new' }),
    view: (doc) => to({ doc }),
    edit: (doc) => to({ doc, view: 'edit' }),
    history: (doc, version) => to(version === undefined ? { doc, view: 'history' } : { doc, view: 'history', version: String(version) }),
  };
}
