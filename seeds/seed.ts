/**
 * `npm run db:seed`: (re)builds the database at DATABASE_PATH from the seed files
 * (SEEDS_DIR, default: this folder). Nothing is written unless every row is valid.
 */
import { readConfig } from '../src/config';
import { SEED_DIR, seedDatabaseFile } from './loader';

try {
  const { databasePath } = readConfig();
  const data = seedDatabaseFile(databasePath, process.env.SEEDS_DIR || SEED_DIR);
  console.log(
    `Seeded ${databasePath}: ${data.sources.length} sources, ${data.observations.length} observations, ` +
      `${data.commodityShares.length} commodity shares, ${data.skippedMentions.length} skipped mentions.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error('Nothing was loaded; the database is as it was.');
  process.exit(1);
}
