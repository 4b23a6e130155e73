/** Every query (and mutation) key of the settings feature; broader keys are prefixes of narrower ones. */
export const settingsKeys = {
  all: ['settings'] as const,
  settings: () => [...settingsKeys.all, 'current'] as const,
  /** The save's mutation key: the page reads its last success after a change of time zone redraws it. */
  save: () => [...settingsKeys.all, 'save'] as const,
  pictureUrl: () => [...settingsKeys.all, 'picture-url'] as const,
  sessions: () => [...settingsKeys.all, 'sessions'] as const,
};
