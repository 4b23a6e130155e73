/** Browsers in the order to test them: Edge and Opera also say "Chrome", Chrome also says "Safari". */
const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/(?:Chrome|CriOS)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[.\d]* .*Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** "Firefox 133 on Linux": a user agent as a person reads it; tools (curl/8.5) keep their own name. */
export function summarizeUserAgent(userAgent: string | undefined | null): string {
  const text = userAgent?.trim();
  if (!text) return 'Unknown device';
  const browser = BROWSERS.map(([pattern, name]) => {
    const match = pattern.exec(text);
    return match ? `${name} ${match[1] ?? ''}`.trim() : undefined;
  }).find(Boolean);
  const system = SYSTEMS.find(([pattern]) => pattern.test(text))?.[1];
  if (browser) return system ? `${browser} on ${system}` : browser;
  if (system) return `A browser on ${system}`;
  const tool = /^[\w.-]+\/[\w.]+/.exec(text)?.[0];
  return tool ?? (text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
