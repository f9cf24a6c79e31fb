import { z } from 'zod';

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
});

export type Config = {
  host: string;
  port: number;
  databasePath: string;
  /** The origin readers reach the site at, for citations' permalinks; absent: each request's own. */
  publicUrl: string | undefined;
};

/** Reads the configuration from the environment; throws one readable message per bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse({
    HOST: env.HOST || undefined,
    PORT: env.PORT || undefined,
    DATABASE_PATH: env.DATABASE_PATH || undefined,
    PUBLIC_URL: env.PUBLIC_URL?.trim() || undefined,
  });
  if (!result.success) throw new Error(result.error.issues.map((i) => i.message).join('\n'));
  return { host: result.data.HOST, port: result.data.PORT, databasePath: result.data.DATABASE_PATH, publicUrl: result.data.PUBLIC_URL };
}
