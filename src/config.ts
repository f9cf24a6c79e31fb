import { z } from 'zod';

/** A minute fresh in a shared cache, ten more served stale while it revalidates. */
export const DEFAULT_SHARED_CACHE = { maxAge: 60, stale: 600 } as const;

const envSchema = z.object({
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'PORT must be a number' })
    .int('PORT must be a whole number')
    .min(0, 'PORT must be between 0 and 65535')
    .max(65535, 'PORT must be between 0 and 65535')
    .default(3000),
  DATABASE_PATH: z.string().trim().min(1, 'DATABASE_PATH must not be empty').default('data/dashboard.db'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'PUBLIC_URL must be an http or https address, such as https://trade.example.kz' })
    .optional()
    .transform((u) => (u === undefined ? undefined : new URL(u).origin)),
  CACHE_MAX_AGE: z.coerce.number({ error: 'CACHE_MAX_AGE must be a number of seconds' }).int('CACHE_MAX_AGE must be whole seconds').min(0, 'CACHE_MAX_AGE must be 0 or more').default(DEFAULT_SHARED_CACHE.maxAge),
  CACHE_STALE: z.coerce.number({ error: 'CACHE_STALE must be a number of seconds' }).int('CACHE_STALE must be whole seconds').min(0, 'CACHE_STALE must be 0 or more').default(DEFAULT_SHARED_CACHE.stale),
});

export type Config = {
  host: string;
  port: number;
  databasePath: string;
  /** The origin readers reach the site at, for citations' permalinks; absent: each request's own. */
  publicUrl: string | undefined;
  /** How long shared caches (a proxy, a CDN) may serve a page or download without asking, and then serve it stale while they ask. */
  sharedCache: SharedCache;
};

/** Lifetimes for shared caches, in seconds; browsers always revalidate. */
export interface SharedCache {
  maxAge: number;
  stale: number;
}

/** Reads the configuration from the environment; throws one readable message per bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse({
    HOST: env.HOST || undefined,
    PORT: env.PORT || undefined,
    DATABASE_PATH: env.DATABASE_PATH || undefined,
    PUBLIC_URL: env.PUBLIC_URL?.trim() || undefined,
    CACHE_MAX_AGE: env.CACHE_MAX_AGE || undefined,
    CACHE_STALE: env.CACHE_STALE || undefined,
  });
  if (!result.success) throw new Error(result.error.issues.map((i) => i.message).join('\n'));
  return {
    host: result.data.HOST,
    port: result.data.PORT,
    databasePath: result.data.DATABASE_PATH,
    publicUrl: result.data.PUBLIC_URL,
    sharedCache: { maxAge: result.data.CACHE_MAX_AGE, stale: result.data.CACHE_STALE },
  };
}
