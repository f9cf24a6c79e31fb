/**
 * Starts the dashboard: reads HOST, PORT, DATABASE_PATH and PUBLIC_URL, checks the database and serves it
 * read-only. With --seed-if-missing (what `npm start` passes) a missing database is first built
 * from the migrations and seed files; otherwise a missing, empty, corrupt or foreign database
 * file stops the start with one clear message and a non-zero exit. SIGTERM and SIGINT finish the
 * responses in flight (CSV streams included), then exit 0.
 */
import { existsSync, realpathSync } from 'node:fs';
import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { DatabaseFileError, type DatabaseHandle, openServingDatabase } from '../db/client';
import { staleExportLines } from './export-lines';
import { seedDatabaseFile } from '../seeds/loader';
import { createApp } from './app';
import { loadAssets } from './assets';
import { type Config, readConfig } from './config';

/** How long in-flight responses may take to finish after a stop signal. */
const DRAIN_SECONDS = 20;

/**
 * The startup checks: reads the configuration from `env` and opens the database it names, checked,
 * building it first when it is missing and `args` hold --seed-if-missing. Throws one clear message
 * when either cannot be served. Called by main, and by the tests in-process.
 */
export function openConfiguredDatabase(env: NodeJS.ProcessEnv = process.env, args: readonly string[] = process.argv, log: (line: string) => void = console.log): { config: Config; handle: DatabaseHandle } {
  const config = readConfig(env);
  if (!existsSync(config.databasePath)) {
    if (!args.includes('--seed-if-missing')) {
      throw new Error(`DATABASE_PATH ${config.databasePath} does not exist. Build it with "npm run db:seed", or use "npm start", which builds it when missing.`);
    }
    const data = seedDatabaseFile(config.databasePath);
    log(`Built ${config.databasePath} from the seed files: ${data.observations.length} observations, ${data.commodityShares.length} commodity shares.`);
  }
  const handle = openServingDatabase(config.databasePath);
  // The downloads serve the CSV records the seed stored: they must match the figures and this version's columns.
  const stale = staleExportLines(handle.db);
  if (stale) {
    handle.sqlite.close();
    throw new DatabaseFileError(`${config.databasePath} cannot be served by this version: ${stale}. Rebuild it with "npm run db:seed".`);
  }
  return { config, handle };
}

async function main(): Promise<void> {
  const {
    config,
    handle: { db, sqlite },
  } = openConfiguredDatabase();
  const assets = await loadAssets();
  const app = createApp({ db, assets, publicUrl: config.publicUrl, sharedCache: config.sharedCache });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    console.log(`Dashboard at http://${config.host}:${info.port} (database ${config.databasePath}, read-only)`);
  }) as Server;
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${config.port} on ${config.host} is in use: set PORT to a free one.` : `The server failed: ${error.message}`);
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the responses in flight, then stopping.`);
    // close() stops accepting connections, closes idle keep-alive ones, and calls back once the
    // last in-flight response has ended. Connections that go idle after that (a download that just
    // finished) are swept until then, rather than left to their keep-alive timeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    server.close(() => {
      clearInterval(sweep);
      sqlite.close();
      console.log('Stopped.');
      process.exit(0);
    });
    setTimeout(() => {
      console.error(`Responses were still in flight after ${DRAIN_SECONDS} s; closing their connections.`);
      server.closeAllConnections();
      process.exit(1);
    }, DRAIN_SECONDS * 1000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/** Run as a program (node dist/server.mjs, tsx src/server.ts), not imported by a test. */
const script = process.argv[1];
if (script && existsSync(script) && import.meta.url === pathToFileURL(realpathSync(script)).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
