// One colour per meaning, the same in every chart, and a second cue besides colour: a fill
// pattern for bars and a marker shape for lines. Colours are from a colour-blind-safe set,
// darkened so each has at least 3:1 contrast against the white chart background, and every
// bar segment gets a dark outline so adjacent segments stay apart even in greyscale.
export const meanings = [
  'eu',
  'council',
  'other',
  'rest',
  'prefinancing',
  'reimbursed',
  'expected',
  'outstanding',
  'outgoing',
  'hosted',
  'staff',
  'projects',
] as const;
export type Meaning = (typeof meanings)[number];

export type PatternKind = 'solid' | 'stripes' | 'dots' | 'crosshatch' | 'backslash' | 'grid';
export type MarkerKind = 'circle' | 'diamond' | 'square' | 'triangle';

export type Swatch = { color: string; pattern: PatternKind; marker: MarkerKind };

export const palette: Readonly<Record<Meaning, Swatch>> = {
  eu: { color: '#0b5cad', pattern: 'solid', marker: 'circle' },
  council: { color: '#b85a00', pattern: 'stripes', marker: 'square' },
  other: { color: '#6f6300', pattern: 'dots', marker: 'triangle' },
  rest: { color: '#6b7480', pattern: 'crosshatch', marker: 'square' },
  prefinancing: { color: '#8e3b8e', pattern: 'solid', marker: 'circle' },
  reimbursed: { color: '#1e7a34', pattern: 'backslash', marker: 'square' },
  expected: { color: '#1e7a34', pattern: 'dots', marker: 'triangle' },
  outstanding: { color: '#b3261e', pattern: 'solid', marker: 'diamond' },
  outgoing: { color: '#006d77', pattern: 'solid', marker: 'circle' },
  hosted: { color: '#9a6b00', pattern: 'grid', marker: 'square' },
  staff: { color: '#1b1f24', pattern: 'solid', marker: 'diamond' },
  projects: { color: '#3d4f7a', pattern: 'solid', marker: 'circle' },
};

/** The outline drawn around every bar segment. */
export const OUTLINE = '#1b1f24';

export const patternId = (meaning: Meaning) => `dashboard-fill-${meaning}`;

/** What a bar of this meaning is filled with: the colour, or its pattern (defined once per page). */
export function fillOf(meaning: Meaning): string {
  return palette[meaning].pattern === 'solid' ? palette[meaning].color : `url(#${patternId(meaning)})`;
}
