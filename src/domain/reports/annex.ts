// The council-decision annex: a project's budget table as a decision of the council carries it,
// in Latvian: the council's co-financing and pre-financing by year, the EU co-financing, the
// council's budget and the project's total, under the decision's number and date ("Pielikums
// Daugavpils pilsētas domes 2018. gada 28. septembra lēmumam Nr. 502"). Unknown is "—", never 0.
import type { Project } from '../schema';
import { formatMoney, latvianDate, UNKNOWN } from './factSheetFormat';

export type AnnexRow = {
  key: 'cofinancing' | 'prefinancing' | 'eu' | 'councilBudget' | 'total';
  label: string;
  /** One cell per year column, then the total column: "3 600,00 €", or "—" when unknown. */
  cells: string[];
};

export type Annex = {
  /** The lines above the table, right-aligned on paper; empty when the project has no decision. */
  heading: string[];
  hasDecision: boolean;
  title: string;
  /** The year columns, then "Kopā". */
  columns: string[];
  rows: AnnexRow[];
  /** Who signs, where the record says: the position and the name, as the annex ends. */
  signature: { position: string; name: string } | null;
};

export type AnnexOptions = {
  /** The council in the genitive, as the heading names it. */
  councilGenitive?: string;
};

const TOTAL = 'Kopā';

function titleOf(project: Project): string {
  const name = project.title.lv.trim() || project.title.en.trim();
  const acronym = project.acronym.trim();
  if (!name) return `Projekta ${acronym} budžets`;
  return [`Projekta “${name}”`, acronym, 'budžets'].filter((s) => s !== '').join(' ');
}

/** "I. Prelatovs, Domes priekšsēdētāja 1. vietnieks" → name and position; a name alone stays a name. */
function signatureOf(signedBy: string | null): Annex['signature'] {
  if (!signedBy || signedBy.trim() === '') return null;
  const at = signedBy.indexOf(',');
  if (at < 0) return { position: '', name: signedBy.trim() };
  return { name: signedBy.slice(0, at).trim(), position: signedBy.slice(at + 1).trim() };
}

export function buildAnnex(project: Project, options: AnnexOptions = {}): Annex {
  const council = options.councilGenitive ?? 'Daugavpils pilsētas domes';
  const decision = project.councilDecision;
  const hasDecision = decision !== null && (decision.number !== null || decision.date !== null);
  const heading = hasDecision
    ? ['Pielikums', council, decision.date ? latvianDate(decision.date) : UNKNOWN, `lēmumam Nr. ${decision.number ?? UNKNOWN}`]
    : [];

  const { budget } = project;
  const years = [...new Set([...budget.cofinancingByYear, ...budget.prefinancingByYear].map((r) => r.year))].sort((a, b) => a - b);
  const money = (cents: number | null | undefined) => formatMoney(cents ?? null, 'lv');
  const byYear = (rows: readonly { year: number; amount: number | null }[]) => years.map((year) => money(rows.find((r) => r.year === year)?.amount));
  const blanks = years.map(() => '');

  const rows: AnnexRow[] = [
    { key: 'cofinancing', label: 'Pašvaldības līdzfinansējums', cells: [...byYear(budget.cofinancingByYear), money(budget.councilCofinancing)] },
    { key: 'prefinancing', label: 'Pašvaldības priekšfinansējums', cells: [...byYear(budget.prefinancingByYear), money(budget.prefinancingTotal)] },
    { key: 'eu', label: 'ES līdzfinansējums', cells: [...blanks, money(budget.euCofinancing)] },
    { key: 'councilBudget', label: 'Domes budžets projektā', cells: [...blanks, money(budget.councilBudget)] },
    { key: 'total', label: 'Projekta kopējais budžets', cells: [...blanks, money(budget.totalBudget)] },
  ];

  return {
    heading,
    hasDecision,
    title: titleOf(project),
    columns: [...years.map((y) => `${y}. gads`), TOTAL],
    rows,
    signature: hasDecision ? signatureOf(decision.signedBy) : null,
  };
}

/** The annex as plain text (for tests and for copying): heading, title, a row per line, signature. */
export function annexText(annex: Annex): string {
  const lines = [...annex.heading, '', annex.title, '', ['', ...annex.columns].join('\t'), ...annex.rows.map((r) => [r.label, ...r.cells].join('\t'))];
  if (annex.signature) lines.push('', annex.signature.position, '(personiskais paraksts)', annex.signature.name);
  return `${lines.join('\n').trim()}\n`;
}
