/**
 * Starts the dashboard: reads HOST, PORT and DATABASE_PATH, builds the database from the
 * migrations and seed files if it does not exist yet, opens it read-only, and serves.
 */
import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { openDatabase } from '../db/client';
import { seedDatabaseFile } from '../seeds/loader';
import { createApp } from './app';
import { loadAssets } from './assets';
import { readConfig } from './config';

async function main(): Promise<void> {
  const config = readConfig();
  if (!existsSync(config.databasePath)) {
    const data = seedDatabaseFile(config.databasePath);
    console.log(`Built ${config.databasePath} from the seed files: ${data.observations.length} observations, ${data.commodityShares.length} commodity shares.`);
  }
  const { db, sqlite } = openDatabase(config.databasePath, { readonly: true });
  const assets = await loadAssets();
  const app = createApp({ db, assets });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    console.log(`Dashboard at http://${config.host}:${info.port} (database ${config.databasePath}, read-only)`);
  });
  const stop = () => {
    server.close(() => {
      sqlite.close();
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
