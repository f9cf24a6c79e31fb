/**
 * Builds the assets into dist/assets/ once per test run, as `npm run build` does, so that every test
 * file's in-process app and every server the tests start read them from there.
 */
import { buildAssets } from '../../src/build';

export default async function setup(): Promise<void> {
  await buildAssets();
}
