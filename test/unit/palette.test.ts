/**
 * The chart palette stays distinguishable for colour-blind readers: every pair of colours differs
 * by a visible margin (CIE76 ΔE on Lab) under normal vision and under simulated protanopia,
 * deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009, severity 1.0).
 */
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/charts/palette';

type Rgb = [number, number, number];
const MACHADO: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const hex = (h: string): Rgb => [1, 3, 5].map((i) => toLinear(parseInt(h.slice(i, i + 2), 16) / 255)) as Rgb;
const simulate = (rgb: Rgb, m: number[][]): Rgb => m.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2]))) as Rgb;

function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('chart palette', () => {
  // The first three colours carry turnover, exports and imports on the same chart.
  const used = PALETTE.slice(0, 3);
  const visions: Array<[string, string | null]> = [['normal vision', null], ...Object.keys(MACHADO).map((k): [string, string] => [k, k])];
  it.each(visions)('the colours charts use together differ visibly under %s', (_name, kind) => {
    const seen = used.map((c) => lab(kind ? simulate(hex(c), MACHADO[kind as string]!) : hex(c)));
    for (let i = 0; i < seen.length; i += 1)
      for (let j = i + 1; j < seen.length; j += 1) expect(deltaE(seen[i]!, seen[j]!), `${used[i]} vs ${used[j]}`).toBeGreaterThan(20);
  });

  it('every colour contrasts with the white background enough to be seen (3:1 for graphics)', () => {
    const luminance = (h: string) => {
      const [r, g, b] = hex(h);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const c of used) expect((1.05 / (luminance(c) + 0.05)), c).toBeGreaterThanOrEqual(3);
  });
});
