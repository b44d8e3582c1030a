// The money a page states: total and council budgets, EU, council and other co-financing,
// pre-financing and co-financing by year, and advance and balance payments. Each line (and
// each bracketed part of it) says by its words what its amounts are; a year beside an amount
// ("2018.gadā 1100 EUR", "10 080 EUR 2018.gadā") puts it in that year.
import type { Budget, Payment } from '../schema';
import { findAmounts, findPercents, type Found } from './numbers';
import { euros, proposal, span } from './proposals';
import type { Section } from './sections';
import { fold, squeeze, type Line } from './text';
import type { Proposal } from './types';

type Kind = 'prefinancing' | 'eu' | 'councilCofinancing' | 'otherCofinancing' | 'total' | 'councilBudget';

// In this order: "Domes līdzfinansējums" is co-financing, not the council's budget.
const KINDS: [Kind, RegExp][] = [
  ['prefinancing', /prieksfinans|pre-?financ/],
  ['eu', /(?:^|[^\p{L}])(?:es|eu)(?:[^\p{L}].{0,40})?(?:lidz)?finan[sc]|eiropas savienibas (?:lidz)?finans|eu (?:co-?)?fund|eu grant/u],
  ['otherCofinancing', /(?:valsts|state|national|other|cits|citu|partneru|partners'?) (?:budzeta )?(?:lidz|co-?)financ|(?:valsts|cits|citu|partneru) lidzfinans/],
  ['councilCofinancing', /(?:domes|pasvaldibas|council'?s?|municipal(?:ity'?s?)?|own) (?:lidz|co-?)finan[sc]|^(?:lidzfinansejums|co-?financing)/],
  ['total', /kopej\p{L}* (?:projekta )?(?:budzet|izmaks)|total (?:project )?(?:budget|costs)|project(?:'s)? total/u],
  ['councilBudget', /(?:domes|pasvaldibas|council'?s?|municipality'?s?)(?: \p{L}+){0,2} (?:budzet|budget)/u],
];

function kindOf(text: string): Kind | null {
  const folded = fold(squeeze(text));
  return KINDS.find(([, re]) => re.test(folded))?.[0] ?? null;
}

type Segment = { text: string; start: number; kind: Kind | null };

// Where one statement ends and the next begins: "…sastāda 14600 EUR, t.sk. ES līdzfinansējums 9800 EUR".
const CLAUSE_BREAK = /;|,?\s*(?:t\.\s?sk\.|tai skaitā|incl\.|including|of which|no tā|no tiem)\s*|,\s+(?=\p{L})/giu;

/**
 * A line's statements: its main text and each bracketed part, cut into clauses. A clause without
 * words of its own takes its part's kind, and a part without them the line's.
 */
function segmentsOf(line: Line, fallback: Kind | null): Segment[] {
  const main = line.text.replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length));
  const mainKind = kindOf(main) ?? fallback;
  const parts = [{ text: main, start: line.start, kind: mainKind }];
  for (const m of line.text.matchAll(/\(([^)]*)\)/g)) {
    const inner = m[1] ?? '';
    parts.push({ text: inner, start: line.start + m.index + 1, kind: kindOf(inner) ?? mainKind });
  }
  return parts.flatMap((part) => {
    const clauses: Segment[] = [];
    let from = 0;
    for (const m of [...part.text.matchAll(CLAUSE_BREAK), null]) {
      const to = m ? m.index : part.text.length;
      const text = part.text.slice(from, to);
      if (text.trim() !== '') clauses.push({ text, start: part.start + from, kind: kindOf(text) ?? part.kind });
      if (m) from = m.index + m[0].length;
    }
    return clauses;
  });
}

/** The year an amount is given for: "2018.gadā 1100 EUR" or "10 080 EUR 2018.gadā". */
function yearOf(text: string, amount: Found<number>): number | null {
  const before = fold(text.slice(Math.max(0, amount.start - 24), amount.start));
  const b = /((?:19|20|21)\d{2})\.?\s*(?:gad\p{L}*|g\.)?\s*[:–-]?\s*$/u.exec(before);
  if (b && !/(?:\d[.,/]|[./]\d{0,1})$/.test(before.slice(0, b.index))) return Number(b[1]);
  const after = fold(text.slice(amount.end, amount.end + 24));
  const a = /^\s*,?\s*((?:19|20|21)\d{2})\.?\s*(?:gad\p{L}*|g\.)(?!\s*\d)/u.exec(after) ?? /^\s*\(((?:19|20|21)\d{2})\)/.exec(after);
  return a ? Number(a[1]) : null;
}

export function emptyBudget(): Budget {
  return {
    totalBudget: null, councilBudget: null, euCofinancing: null, euCofinancingPercent: null, councilCofinancing: null, otherCofinancing: null,
    otherCofinancingSource: '', prefinancingTotal: null, prefinancingPercent: null, payments: [], prefinancingByYear: [], cofinancingByYear: [],
    note: { lv: '', en: '' },
  };
}

type Reading = { budget: Budget; proposals: Proposal[] };

/** The budget stated in the costs, co-financing and funding sections. */
export function readBudget(sections: readonly Section[], councilLead: boolean): Reading {
  const reading: Reading = { budget: emptyBudget(), proposals: [] };
  for (const section of sections.filter((s) => s.key === 'costs' || s.key === 'cofinancing' || s.key === 'funding')) {
    // A value on the heading's line without words of its own ("Projekta kopējās izmaksas: 138 000 EUR") is what the heading says.
    const lines = [...(section.inline ? [{ line: section.inline, fallback: kindOf(section.heading.text) }] : []), ...section.body.filter((l) => l.text !== '').map((line) => ({ line, fallback: null }))];
    for (const { line, fallback } of lines) {
      if (readPayments(line, reading)) continue;
      for (const segment of segmentsOf(line, fallback)) readSegment(segment, line, reading);
    }
  }
  inferFullEuShare(reading, councilLead);
  return reading;
}

function set(reading: Reading, field: Exclude<keyof Budget, 'payments' | 'prefinancingByYear' | 'cofinancingByYear' | 'note' | 'otherCofinancingSource'>, value: number, at: { start: number; end: number }, shown?: string, reason?: Proposal['reason']) {
  if (reading.budget[field] !== null) {
    // Stated again, differently: the first stays, marked for the user to compare.
    const first = reading.proposals.find((p) => p.field === `budget.${field}`);
    if (first && reading.budget[field] !== value && !first.unsure) Object.assign(first, { unsure: true, reason: 'several' });
    return;
  }
  reading.budget[field] = value;
  reading.proposals.push(proposal(`budget.${field}`, shown ?? (field.endsWith('Percent') ? String(value) : euros(value)), at, reason));
}

function readSegment(segment: Segment, line: Line, reading: Reading) {
  if (segment.kind === null) return;
  const amounts = findAmounts(segment.text);
  const percents = findPercents(segment.text);
  const at = (f: { start: number; end: number }) => ({ start: segment.start + f.start, end: segment.start + f.end });
  const firstPercent = percents[0];
  switch (segment.kind) {
    case 'prefinancing':
    case 'councilCofinancing': {
      const byYear = segment.kind === 'prefinancing' ? 'prefinancingByYear' : 'cofinancingByYear';
      let total: Found<number> | null = null;
      for (const amount of amounts) {
        const year = yearOf(segment.text, amount);
        if (year === null) total ??= amount;
        else {
          const rows = reading.budget[byYear];
          if (rows.some((r) => r.year === year)) continue;
          reading.proposals.push(proposal(`budget.${byYear}.${rows.length}.amount`, euros(amount.value), at(amount)), proposal(`budget.${byYear}.${rows.length}.year`, year, at(amount)));
          rows.push({ year, amount: amount.value });
        }
      }
      // "Priekšfinansējums 100% apmērā – 10 080 EUR 2018.gadā": a share and its one amount are the whole.
      if (total === null && firstPercent && amounts.length === 1 && amounts[0]) total = amounts[0];
      if (segment.kind === 'prefinancing') {
        if (total) set(reading, 'prefinancingTotal', total.value, at(total));
        if (firstPercent) set(reading, 'prefinancingPercent', firstPercent.value, at(firstPercent));
        readRecovery(line, reading);
      } else if (total) set(reading, 'councilCofinancing', total.value, at(total));
      return;
    }
    case 'eu':
      if (amounts[0]) set(reading, 'euCofinancing', amounts[0].value, at(amounts[0]));
      if (firstPercent) set(reading, 'euCofinancingPercent', firstPercent.value, at(firstPercent));
      return;
    case 'otherCofinancing':
    case 'total':
    case 'councilBudget':
      if (amounts[0]) set(reading, segment.kind === 'total' ? 'totalBudget' : segment.kind, amounts[0].value, at(amounts[0]));
  }
}

const AFTER_COMPLETION = /pec projekta (?:pabeigsanas|istenosanas|noslegum\p{L}*)|pec gala (?:atskaites|parskata|zinojuma)|after (?:the )?(?:project(?:'s)? )?(?:completion|end|final report)|after the project/u;
const AFTER_INTERIM = /pec starpatskaites|pec starpziņojuma|pec starpzinojuma|after (?:the )?interim report/;

/** "avanss 40% jeb 3920,00 EUR, 60% jeb 5880 EUR - pēc projekta pabeigšanas": one payment per clause. */
function readPayments(line: Line, reading: Reading): boolean {
  const folded = fold(line.text);
  if (!/avans|advance|starpmaksajum|interim payment|atlikum|balance|pec projekta|after (?:the )?project/.test(folded) || /prieksfinans|pre-?financ/.test(folded)) return false;
  let found = false;
  // Clauses end at ";" or at ", " before the next share ("…EUR, 60% jeb…"); brackets only wrap them.
  let from = 0;
  for (const part of line.text.replace(/[()]/g, ' ').split(/;|,\s+(?=\d{1,3}\s*%)/)) {
    const clause = part.trim();
    // A bracket inside a clause was blanked above, so the clause may not be found as written.
    const index = Math.max(0, line.text.indexOf(clause, from));
    from = index + clause.length;
    if (clause === '') continue;
    const amount = findAmounts(clause)[0];
    const share = findPercents(clause)[0];
    const c = fold(clause);
    const kind: Payment['kind'] | null = /avans|advance/.test(c) ? 'advance' : /starpmaksajum|interim payment/.test(c) ? 'interim' : amount && share && (AFTER_COMPLETION.test(c) || /atlikum|balance/.test(c)) ? 'balance' : null;
    if (kind === null || (amount === undefined && share === undefined)) continue;
    const note = squeeze(clause);
    const passage = { start: line.start + index, end: line.start + index + clause.length };
    addPayment(reading, kind, share?.value ?? null, amount?.value ?? null, kind === 'advance' ? 'at-start' : AFTER_INTERIM.test(c) ? 'after-interim-report' : AFTER_COMPLETION.test(c) ? 'after-completion' : null, note, passage, kind === 'advance');
    found = true;
  }
  return found;
}

/** "…, kas tiek atgūts pēc projekta īstenošanas": the pre-financed money comes back as one payment after the project. */
function readRecovery(line: Line, reading: Reading) {
  const c = fold(line.text);
  if (!/atgut|atgust|recovered|reimbursed/.test(c) || !AFTER_COMPLETION.test(c)) return;
  const { prefinancingTotal, prefinancingPercent } = reading.budget;
  if (prefinancingTotal === null || reading.budget.payments.some((p) => p.kind === 'balance')) return;
  addPayment(reading, 'balance', prefinancingPercent, prefinancingTotal, 'after-completion', squeeze(line.text), span(line), true);
}

function addPayment(reading: Reading, kind: Payment['kind'], share: number | null, amount: number | null, due: Payment['dueCondition'], note: string, passage: { start: number; end: number }, dueInferred: boolean) {
  const i = reading.budget.payments.length;
  reading.budget.payments.push({ kind, sharePercent: share, amount, dueCondition: due, expectedDate: null, receivedDate: null, receivedAmount: null, note });
  reading.proposals.push(proposal(`budget.payments.${i}.kind`, kind, passage));
  if (share !== null) reading.proposals.push(proposal(`budget.payments.${i}.sharePercent`, share, passage));
  if (amount !== null) reading.proposals.push(proposal(`budget.payments.${i}.amount`, euros(amount), passage));
  // That an advance comes at the start is what "avanss" means, but the page does not say when.
  if (due !== null) reading.proposals.push(proposal(`budget.payments.${i}.dueCondition`, due, passage, dueInferred ? 'inferred' : undefined));
  reading.proposals.push(proposal(`budget.payments.${i}.note`, note, passage));
}

/**
 * "100% ES finansējums": the EU pays the council's whole share, so the council puts in nothing;
 * where the council leads and no share of its own is given, its budget is the project's.
 */
function inferFullEuShare(reading: Reading, councilLead: boolean) {
  const { budget } = reading;
  if (budget.euCofinancingPercent !== 100) return;
  const at = reading.proposals.find((p) => p.field === 'budget.euCofinancingPercent')?.passage ?? { start: 0, end: 0 };
  if (councilLead && budget.totalBudget !== null) set(reading, 'councilBudget', budget.totalBudget, at, undefined, 'inferred');
  if (budget.councilBudget === null) return;
  set(reading, 'euCofinancing', budget.councilBudget, at, undefined, 'inferred');
  set(reading, 'councilCofinancing', 0, at, undefined, 'inferred');
}
