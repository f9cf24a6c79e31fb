/** Accept-Encoding with its q-values, and If-None-Match with lists, weak tags and `*`. */
import { describe, expect, it } from 'vitest';
import { etagMatches, pickEncoding } from '../../src/http';

describe('choosing an encoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip;q=1, br;q=0.1', 'gzip'],
    ['br;q=0.5, gzip;q=0.9', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0', 'identity'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['identity', 'identity'],
    ['deflate', 'identity'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['*;q=0', 'identity'],
    ['gzip;q=0.4, identity;q=0.8', 'identity'],
    ['GZIP ; Q=0.8 , br;q=0.2', 'gzip'],
    ['br;q=abc, gzip', 'gzip'],
  ])('%j → %s', (header, expected) => {
    expect(pickEncoding(header)).toBe(expected);
  });
});

describe('matching If-None-Match', () => {
  const weak = 'W/"ab.1.xyz"';
  it.each([
    [weak, weak, true],
    ['"ab.1.xyz"', weak, true],
    [`"other", ${weak}`, weak, true],
    [`W/"other",W/"ab.1.xyz"`, weak, true],
    ['*', weak, true],
    ['W/"3f2a"', '"3f2a"', true],
    ['"a", "b"', '"b"', true],
    ['"a", "b"', '"c"', false],
    ['"ab.1.xy"', weak, false],
    [undefined, weak, false],
    ['', weak, false],
  ])('%j against %s → %s', (header, etag, expected) => {
    expect(etagMatches(header, etag)).toBe(expected);
  });
});
