import { z } from 'zod';

// Zod compiles object parsers with `new Function` when it may, and probes for that once. The
// app's Content-Security-Policy allows no eval, so the probe is refused and Chrome logs the
// refusal as a console error on every page. Imported first in main.tsx: a schema built before
// this line has already probed.
z.config({ jitless: true });
