/**
 * Chart colours in the order charts use them: Okabe–Ito blue and vermillion, then Paul Tol's
 * wine, which stays apart from both under protanopia, deuteranopia and tritanopia (bluish green
 * does not, for tritanopes). Checked by test/unit/palette.test.ts.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#882255', '#009E73', '#56B4E9', '#E69F00', '#000000'] as const;
