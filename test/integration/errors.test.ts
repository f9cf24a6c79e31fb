/** When the server itself fails, the reader gets a plain message: no stack trace, SQL or file path. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app';
import { loadAssets } from '../../src/assets';
import { createSeededMemoryDatabase } from '../../seeds/loader';

const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  const handle = createSeededMemoryDatabase();
  app = createApp({ db: handle.db, assets: await loadAssets() });
  handle.sqlite.close();
});
afterAll(() => logged.mockRestore());

describe('an internal failure', () => {
  it.each([
    ['/en', /^text\/html/],
    ['/en/partners/JPN', /^text\/html/],
    ['/data/observations.csv', /^text\/plain/],
    ['/compare.json', /^application\/json/],
  ])('%s answers 500 in its own format and reveals nothing', async (path, type) => {
    const response = await app.request(path);
    const body = await response.text();
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(type);
    expect(body).toContain('The server could not answer this request');
    for (const leak of [/\bat .+\(/, /select|from "/i, /\/work\/|node_modules|\.ts\b/, /Error:/, /database connection/i]) expect(body).not.toMatch(leak);
    expect(logged).toHaveBeenCalled();
  });
});
