import { z } from 'zod';

const envSchema = z.object({
  API_URL: z.string().min(1).default('/api'),
});

function readEnv() {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(import.meta.env)) {
    if (key.startsWith('VITE_APP_')) raw[key.slice('VITE_APP_'.length)] = value;
  }
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid VITE_APP_* environment: ${parsed.error.message}`);
  }
  return parsed.data;
}

export const env = readEnv();
