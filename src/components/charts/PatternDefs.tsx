// The fill patterns of palette.ts, defined once in the page so every chart (and its legend)
// can refer to them by id.
import { meanings, palette, patternId, type PatternKind } from './palette';

function PatternMarks({ kind }: { kind: PatternKind }) {
  const mark = { stroke: '#fff', strokeWidth: 1.6 };
  switch (kind) {
    case 'stripes':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...mark} />;
    case 'backslash':
      return <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...mark} />;
    case 'dots':
      return <circle cx="4" cy="4" r="1.7" fill="#fff" />;
    case 'crosshatch':
      return <path d="M0,0 l8,8 M8,0 l-8,8" {...mark} strokeWidth={1} />;
    case 'grid':
      return <path d="M4,0 v8 M0,4 h8" {...mark} strokeWidth={1.2} />;
    case 'solid':
      return null;
  }
}

export function PatternDefs() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" className="dashboard-patterns">
      <defs>
        {meanings
          .filter((m) => palette[m].pattern !== 'solid')
          .map((m) => (
            <pattern key={m} id={patternId(m)} width="8" height="8" patternUnits="userSpaceOnUse">
              <rect width="8" height="8" fill={palette[m].color} />
              <PatternMarks kind={palette[m].pattern} />
            </pattern>
          ))}
      </defs>
    </svg>
  );
}
