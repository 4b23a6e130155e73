import { z } from 'zod';

// Zod 4 compiles object parsers with `new Function` and first probes whether it may. The console's
// Content-Security-Policy has no 'unsafe-eval', so the probe is a violation the browser reports on
// every page. The interpreted parsers are all the console needs. Loaded before main.tsx (index.html)
// so the setting holds before any schema runs.
z.config({ jitless: true });
