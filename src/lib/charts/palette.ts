/**
 * Okabe–Ito colours: told apart by readers with the common colour-vision deficiencies, and still
 * distinct in greyscale print when paired with the patterns and labels each chart also carries.
 */
export const PALETTE = {
  ideal: '#0072B2', // blue
  actual: '#E69F00', // orange
  bottleneck: '#D55E00', // vermillion
  good: '#009E73', // bluish green
  bad: '#D55E00',
  target: '#000000',
  neutral: '#999999',
  ink: '#222222',
  muted: '#666666',
  grid: '#DDDDDD',
  /** Scenario series, base first. */
  series: ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#F0E442', '#D55E00'],
} as const;

export const seriesColour = (index: number): string => PALETTE.series[index % PALETTE.series.length];
