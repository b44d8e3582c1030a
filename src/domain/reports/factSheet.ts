// The project fact sheet: the text of a project's page for the council's website, in Latvian or
// English, built from the record as the council's own pages are written (../shared/seeds): the
// title line, lead partner, partners, funding source, period, budget, co-financing and
// pre-financing by year, events, objectives, activities, results, contacts and press releases.
// A document is a structure (sections of paragraphs and lists); renderers turn it into plain
// text and into escaped HTML. Unknown values are left out, never written as 0.
//
// The Latvian wording is the genre the page reader (../pageReader) knows, so a fact sheet read
// back gives the same project (factSheet.roundtrip.test.ts).
import type { Language, MobilityEvent, Organisation, Payment, Programme, Project, ProjectPartner } from '../schema';
import { fold } from '../pageReader/text';
import { englishDate, englishMonth, formatMoney as money, latvianDate, numericDate } from './factSheetFormat';

/** A day as the language's pages write it: "08.11.2018." in Latvian, "8 Nov 2018" in English. */
const dayIn = (iso: string, lang: Language) => (lang === 'lv' ? numericDate(iso) : englishDate(iso));

/** A piece of text, a link where it has an address (http, https or mailto only: the schema allows no other). */
export type Inline = { text: string; href?: string };

export type FactSheetBlock =
  | { kind: 'paragraph'; lines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[] };

export type FactSheetSection = {
  /** Stable key, for tests and styling: 'lead', 'partners', 'budget', … */
  key: string;
  heading: string;
  blocks: FactSheetBlock[];
};

export type FactSheet = {
  lang: Language;
  title: string;
  /** "Pēdējo reizi informācija atjaunota 21.05.2021, 11:02", when the record says. */
  updated: string | null;
  sections: FactSheetSection[];
};

export type FactSheetDirectory = {
  organisations: readonly Organisation[];
  programmes: readonly Programme[];
};

type Words = {
  updated: string;
  lead: string;
  partners: string;
  associated: string;
  funding: string;
  period: string;
  budget: string;
  cofinancing: string;
  events: string;
  summary: string;
  objectives: string;
  activities: string;
  results: string;
  contacts: string;
  website: string;
  press: string;
  decision: string;
  total: string;
  councilBudget: string;
  eu: string;
  councilCofinancing: string;
  other: string;
  otherSource: string;
  prefinancing: string;
  cofinancingByYear: string;
  inYear: (year: number) => string;
  advance: string;
  interim: string;
  balance: string;
  due: Record<NonNullable<Payment['dueCondition']>, string>;
  event: (n: number) => string;
  representatives: (n: number) => string;
  months: (n: number) => string;
  from: string;
  until: string;
  phone: string;
  email: string;
  measure: string;
  decisionLine: (number: string | null, date: string | null) => string;
};

const lvPlural = (n: number, one: string, many: string, zero = many) => (n === 0 ? zero : n % 10 === 1 && n % 100 !== 11 ? one : many);
const enPlural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const WORDS: Record<Language, Words> = {
  lv: {
    updated: 'Pēdējo reizi informācija atjaunota',
    lead: 'Projekta iesniedzējs (vadošais partneris)',
    partners: 'Projekta partneri',
    associated: 'Projekta sadarbības partneri',
    funding: 'Finansēšanas avots',
    period: 'Projekta īstenošanas termiņš',
    budget: 'Projekta kopējās izmaksas',
    cofinancing: 'Pašvaldības līdzfinansējums un priekšfinansējums',
    events: 'Projekta starptautiskās mobilitātes',
    summary: 'Īss projekta apraksts',
    objectives: 'Projekta mērķi',
    activities: 'Projekta ietvaros plānotās aktivitātes',
    results: 'Projekta rezultāti',
    contacts: 'Kontaktpersona',
    website: 'Projekta mājaslapa',
    press: 'Preses relīzes',
    decision: 'Domes lēmums',
    total: 'Projekta kopējais budžets sastāda',
    councilBudget: 'Domes budžets sastāda',
    eu: 'ES līdzfinansējums',
    councilCofinancing: 'Domes līdzfinansējums',
    other: 'Cits līdzfinansējums',
    otherSource: 'avots',
    prefinancing: 'Priekšfinansējums',
    cofinancingByYear: 'Līdzfinansējums',
    inYear: (year) => `${year}. gadā`,
    advance: 'Avanss',
    interim: 'Starpmaksājums',
    balance: 'Atlikums',
    due: { 'at-start': 'projekta sākumā', 'after-interim-report': 'pēc starpatskaites', 'after-completion': 'pēc projekta īstenošanas', other: '' },
    event: (n) => `${n}. pasākums`,
    representatives: (n) => `${n} ${lvPlural(n, 'pārstāvis', 'pārstāvji')}`,
    months: (n) => `${n} ${lvPlural(n, 'mēnesis', 'mēneši', 'mēnešu')}`,
    from: 'No',
    until: 'līdz',
    phone: 'tālr.',
    email: 'e-pasts:',
    measure: 'apakšpasākums',
    decisionLine: (number, date) => [date ? `Domes ${latvianDate(date)} lēmums` : 'Domes lēmums', number ? `Nr. ${number}` : ''].filter(Boolean).join(' '),
  },
  en: {
    updated: 'Information last updated',
    lead: 'Lead partner (applicant)',
    partners: 'Project partners',
    associated: 'Associated partners',
    funding: 'Funding source',
    period: 'Implementation period',
    budget: 'Project costs',
    cofinancing: 'Council co-financing and pre-financing',
    events: 'International mobilities',
    summary: 'Short description',
    objectives: 'Objectives',
    activities: 'Planned activities',
    results: 'Project results',
    contacts: 'Contact person',
    website: 'Project website',
    press: 'Press releases',
    decision: 'Council decision',
    total: 'Total project budget',
    councilBudget: 'Council’s budget',
    eu: 'EU co-financing',
    councilCofinancing: 'Council co-financing',
    other: 'Other co-financing',
    otherSource: 'source',
    prefinancing: 'Pre-financing',
    cofinancingByYear: 'Co-financing',
    inYear: (year) => `in ${year}`,
    advance: 'Advance',
    interim: 'Interim payment',
    balance: 'Balance',
    due: { 'at-start': 'at the start of the project', 'after-interim-report': 'after the interim report', 'after-completion': 'after the project is completed', other: '' },
    event: (n) => `Event ${n}`,
    representatives: (n) => `${n} ${enPlural(n, 'representative', 'representatives')}`,
    months: (n) => `${n} ${enPlural(n, 'month', 'months')}`,
    from: 'From',
    until: 'until',
    phone: 'phone',
    email: 'e-mail:',
    measure: 'measure',
    decisionLine: (number, date) => ['Council decision', number ? `No. ${number}` : '', date ? `of ${englishDate(date)}` : ''].filter(Boolean).join(' '),
  },
};

const regionNames = new Map<Language, Intl.DisplayNames>();
/** A country's name in the language ("Zviedrija", "Sweden"); the code itself if the runtime has no name. */
export function countryName(code: string | null, lang: Language): string | null {
  if (code === null) return null;
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region' });
    regionNames.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

const inLang = (text: { lv: string; en: string }, lang: Language): string => text[lang].trim();
/** The text in the language, else in the other one (a fact sheet says what is known rather than nothing). */
const either = (text: { lv: string; en: string }, lang: Language): string => inLang(text, lang) || inLang(text, lang === 'lv' ? 'en' : 'lv');
const joined = (parts: (string | null | undefined)[], by = ', ') => parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(by);

/** A partner as a page writes it: the Latvian page keeps the name as written, else name, city and country. */
export function partnerLine(partner: ProjectPartner, organisations: readonly Organisation[], lang: Language): string {
  const org = organisations.find((o) => o.id === partner.organisationId);
  if (lang === 'lv' && partner.nameAsWritten) return partner.nameAsWritten;
  if (!org) return partner.nameAsWritten ?? '—';
  const name = lang === 'lv' ? (org.nameLv ?? org.name) : org.name;
  const city = lang === 'lv' ? (org.cityLv ?? org.city) : org.city;
  // "Paņeveža, Lietuva": a town that is its own organisation is not named twice.
  const sameAsName = city !== null && city.trim().toLowerCase() === name.trim().toLowerCase();
  return joined([name, sameAsName ? null : city, countryName(org.country, lang)]);
}

function titleLine(project: Project, lang: Language): string {
  const acronym = project.acronym.trim();
  const lv = project.title.lv.trim();
  const en = project.title.en.trim();
  if (lang === 'lv') {
    // As TTChan's and DeCoDe's pages: Projekta “…” ACR (“…”) apraksts.
    if (lv === '') return joined([acronym, en ? `(“${en}”)` : ''], ' ');
    return joined(['Projekta', `“${lv}”`, acronym, en ? `(“${en}”)` : '', 'apraksts'], ' ');
  }
  const main = en || lv;
  return acronym ? (main ? `${main} (${acronym})` : acronym) : main;
}

/**
 * Texts as the pages write them: a text that ends a sentence stands as its own paragraph (a list
 * item loses its full stop), one that does not as a list item. An objective stands alone only when
 * each of its sentences names an objective, and no text that reads as three "; " findings does:
 * the pages' readers take those as something else.
 */
function textBlocks(texts: string[], section: 'objectives' | 'activities'): FactSheetBlock[] {
  const blocks: FactSheetBlock[] = [];
  for (const text of texts) {
    const sentences = text.split(/(?<=[.!?])\s+(?=[\p{Lu}“„"])/u);
    const namesAim = (s: string) => OBJECTIVE.test(fold(s));
    const alone =
      /[.!?]$/.test(text) &&
      text.split(/;\s*/).filter((p) => p.trim() !== '').length < 3 &&
      (section === 'objectives' ? sentences.every(namesAim) : !namesAim(sentences[0] ?? text));
    const last = blocks[blocks.length - 1];
    if (alone) blocks.push({ kind: 'paragraph', lines: [{ text }] });
    else if (last?.kind === 'list') last.items.push({ text });
    else blocks.push({ kind: 'list', ordered: false, items: [{ text }] });
  }
  return blocks;
}
const OBJECTIVE = /(?:^|[^\p{L}])(?:merkis|merki|objectives?|aims?|goal)(?:[^\p{L}]|$)/u;

function paragraph(...texts: (string | null | undefined)[]): FactSheetBlock[] {
  const lines = texts.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((text) => ({ text }));
  return lines.length ? [{ kind: 'paragraph', lines }] : [];
}

function list(items: Inline[], ordered: boolean): FactSheetBlock[] {
  return items.length ? [{ kind: 'list', ordered, items }] : [];
}

function programmeBlocks(programme: Programme | undefined, lang: Language, w: Words): FactSheetBlock[] {
  if (!programme) return [];
  const name = either(programme.name, lang);
  const strand = either(programme.strand, lang);
  const measure = either(programme.measure, lang);
  const named = lang === 'lv' ? `Eiropas Savienības “${name}” programma` : `the European Union’s “${name}” programme`;
  const funders = programme.funders.map((f) => either(f, lang)).filter((f) => f !== '');
  // "Eiropa pilsoņiem" is the EU's; a programme funded otherwise is named as it is.
  const isEu = funders.length === 0 || (funders.length === 1 && /eiropas savienība|european union/i.test(funders[0] ?? ''));
  const head = isEu ? named : name;
  const first = joined([head, strand, measure ? `${w.measure} “${measure}”` : '']);
  // As the TTGS page: "… (TTGS) – programmu finansē ES un Turcijas Republika".
  const funded = !isEu && funders.length ? (lang === 'lv' ? `programmu finansē ${funders.join(' un ')}` : `funded by ${funders.join(' and ')}`) : '';
  const line = joined([first, funded], ' – ');
  return paragraph(lang === 'en' ? line.charAt(0).toUpperCase() + line.slice(1) : line);
}

function periodText(project: Project, lang: Language, w: Words): string | null {
  const { start, end, lengthMonths } = project.period;
  const range = start && end ? `${dayIn(start, lang)} – ${dayIn(end, lang)}` : start ? `${w.from} ${dayIn(start, lang)}` : end ? `${lang === 'lv' ? 'Līdz' : 'Until'} ${dayIn(end, lang)}` : null;
  if (lengthMonths !== null) return range ? `${w.months(lengthMonths)} (${range})` : w.months(lengthMonths);
  return range;
}

function paymentLine(payment: Payment, lang: Language, w: Words): string | null {
  if (payment.amount === null && payment.sharePercent === null) return null;
  const name = payment.kind === 'advance' ? w.advance : payment.kind === 'interim' ? w.interim : w.balance;
  const share = payment.sharePercent !== null ? `${formatPercent(payment.sharePercent, lang)}` : null;
  const amount = payment.amount !== null ? money(payment.amount, lang) : null;
  const due = payment.dueCondition && payment.kind !== 'advance' ? w.due[payment.dueCondition] : '';
  const when = payment.expectedDate ? `${lang === 'lv' ? 'līdz' : 'by'} ${dayIn(payment.expectedDate, lang)}` : '';
  return joined([joined([name, share], ' '), joined([amount, due, when], ' ')], ' – ');
}

export function formatPercent(value: number, lang: Language): string {
  return `${String(value).replace('.', lang === 'lv' ? ',' : '.')}%`;
}

function budgetBlocks(project: Project, lang: Language, w: Words): FactSheetBlock[] {
  const b = project.budget;
  const lines: string[] = [];
  if (b.totalBudget !== null) lines.push(`${w.total}${lang === 'lv' ? ' ' : ': '}${money(b.totalBudget, lang)}`);
  if (b.councilBudget !== null) lines.push(`${w.councilBudget}${lang === 'lv' ? ' ' : ': '}${money(b.councilBudget, lang)}`);
  if (b.euCofinancing !== null || b.euCofinancingPercent !== null) {
    lines.push(joined([w.eu + (lang === 'en' ? ':' : ''), b.euCofinancing !== null ? money(b.euCofinancing, lang) : '', b.euCofinancingPercent !== null ? `(${formatPercent(b.euCofinancingPercent, lang)})` : ''], ' '));
  }
  if (b.councilCofinancing !== null) lines.push(`${w.councilCofinancing}${lang === 'lv' ? ' ' : ': '}${money(b.councilCofinancing, lang)}`);
  if (b.otherCofinancing !== null) {
    const source = b.otherCofinancingSource.trim();
    lines.push(`${w.other}${lang === 'lv' ? ' ' : ': '}${money(b.otherCofinancing, lang)}${source ? ` (${w.otherSource}: ${source})` : ''}`);
  }
  for (const payment of b.payments) {
    const line = paymentLine(payment, lang, w);
    if (line) lines.push(line);
  }
  return paragraph(...lines);
}

function byYear(rows: readonly { year: number; amount: number | null }[], lang: Language, w: Words): string {
  return rows.map((r) => `${w.inYear(r.year)} ${money(r.amount, lang)}`).join('; ');
}

function cofinancingBlocks(project: Project, lang: Language, w: Words): FactSheetBlock[] {
  const b = project.budget;
  const lines: string[] = [];
  if (b.prefinancingTotal !== null || b.prefinancingPercent !== null || b.prefinancingByYear.length) {
    const head = joined([w.prefinancing, b.prefinancingPercent !== null ? formatPercent(b.prefinancingPercent, lang) : ''], ' ');
    const total = b.prefinancingTotal !== null ? money(b.prefinancingTotal, lang) : '';
    lines.push(joined([head, joined([total, byYear(b.prefinancingByYear, lang, w)], '; ')], ' – '));
  }
  if (b.cofinancingByYear.length) lines.push(`${w.cofinancingByYear} – ${byYear(b.cofinancingByYear, lang, w)}`);
  return paragraph(...lines);
}

function eventDate(event: MobilityEvent, lang: Language): string {
  const d = event.date;
  // "03/2018", as the Latvian pages write a month; "March 2018" in English.
  if (d.precision === 'month') return lang === 'lv' ? `${d.month.slice(5)}/${d.month.slice(0, 4)}` : englishMonth(d.month);
  if (d.precision === 'day') return d.start === d.end ? dayIn(d.start, lang) : `${dayIn(d.start, lang)} – ${dayIn(d.end, lang)}`;
  return '';
}

function eventLine(event: MobilityEvent, n: number, lang: Language, w: Words): string {
  const city = lang === 'lv' ? (event.hostCityLv ?? event.hostCity) : event.hostCity;
  const place = lang === 'lv' && event.placeAsWritten ? event.placeAsWritten : joined([city, countryName(event.hostCountry, lang)]);
  const title = either(event.title, lang);
  const head = joined([w.event(event.order ?? n), place, title ? (lang === 'lv' ? title : title) : ''], ' – ');
  return joined([head, eventDate(event, lang), event.representatives !== null ? `(${w.representatives(event.representatives)})` : ''], ' ');
}

/** An event the record knows nothing of but that it is (place, date, title, people all unknown) is left out. */
export const knownEvent = (e: MobilityEvent) =>
  e.date.precision !== 'unknown' || e.hostCity !== null || e.hostCountry !== null || e.placeAsWritten !== null || e.title.lv.trim() !== '' || e.title.en.trim() !== '' || e.representatives !== null;

function contactLines(project: Project, lang: Language, w: Words): string[] {
  return project.contacts.map((c) => joined([c.name, either(c.position, lang), c.phone ? `${w.phone} ${c.phone}` : '', c.email ? `${w.email} ${c.email}` : '']));
}

function updatedLine(iso: string | null, w: Words, lang: Language): string | null {
  if (!iso) return null;
  const [day = '', time = ''] = iso.split('T');
  // "21.05.2021, 11:02", as the pages write it.
  const date = lang === 'lv' ? numericDate(day).replace(/\.$/, '') : englishDate(day);
  return `${w.updated} ${time ? `${date}, ${time.slice(0, 5)}` : date}`;
}

/** The fact sheet of a project in a language. */
export function buildFactSheet(project: Project, directory: FactSheetDirectory, lang: Language): FactSheet {
  const w = WORDS[lang];
  const sections: FactSheetSection[] = [];
  const add = (key: string, heading: string, blocks: FactSheetBlock[]) => {
    if (blocks.length) sections.push({ key, heading, blocks });
  };
  const partner = (p: ProjectPartner): Inline => ({ text: partnerLine(p, directory.organisations, lang) });

  const leads = project.partners.filter((p) => p.role === 'lead');
  add('lead', w.lead, paragraph(...leads.map((p) => partner(p).text)));
  add('partners', w.partners, list(project.partners.filter((p) => p.role === 'partner').map(partner), true));
  add('associated', w.associated, list(project.partners.filter((p) => p.role === 'associated').map(partner), true));
  add('funding', w.funding, programmeBlocks(directory.programmes.find((p) => p.id === project.programmeId), lang, w));
  add('period', w.period, paragraph(periodText(project, lang, w)));
  add('budget', w.budget, budgetBlocks(project, lang, w));
  add('cofinancing', w.cofinancing, cofinancingBlocks(project, lang, w));
  add('events', w.events, paragraph(...project.events.filter(knownEvent).map((e, i) => eventLine(e, i + 1, lang, w))));
  add('summary', w.summary, paragraph(...either(project.summary, lang).split(/\n\s*\n/)));
  add('objectives', w.objectives, textBlocks(project.objectives.map((o) => either(o, lang)).filter((o) => o !== ''), 'objectives'));
  add('activities', w.activities, textBlocks(project.activities.map((a) => either(a, lang)).filter((a) => a !== ''), 'activities'));
  add('results', w.results, list(project.results.map((r) => ({ text: either(r.text, lang) })).filter((r) => r.text !== ''), false));
  add('contacts', w.contacts, paragraph(...contactLines(project, lang, w)));
  if (project.website) sections.push({ key: 'website', heading: w.website, blocks: [{ kind: 'paragraph', lines: [{ text: project.website, href: project.website }] }] });
  add(
    'press',
    w.press,
    list(
      project.pressReleases
        .map((p): Inline => ({ text: either(p.title, lang), ...(p.url ? { href: p.url } : {}) }))
        .filter((p) => p.text !== ''),
      true,
    ),
  );
  const decision = project.councilDecision;
  if (decision && (decision.number || decision.date)) add('decision', w.decision, paragraph(w.decisionLine(decision.number, decision.date)));

  return { lang, title: titleLine(project, lang), updated: updatedLine(project.infoUpdatedAt, w, lang), sections };
}

// ---------------------------------------------------------------- renderers

/** The fact sheet as plain text: headings with a colon, numbered and dashed lists, blank lines between. */
export function factSheetText(sheet: FactSheet): string {
  const out: string[] = [sheet.title];
  if (sheet.updated) out.push('', sheet.updated);
  for (const section of sheet.sections) {
    out.push('', `${section.heading}:`);
    section.blocks.forEach((block, i) => {
      if (i > 0) out.push('');
      if (block.kind === 'paragraph') out.push(...block.lines.map((l) => l.text));
      else out.push(...block.items.map((item, n) => `${block.ordered ? `${n + 1}.` : '-'} ${item.text}`));
    });
  }
  return `${out.join('\n')}\n`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
/** Only the schemes the schema stores; anything else is shown as text. */
const safeHref = (href: string | undefined): string | null => (href && /^(https?:\/\/|mailto:)\S+$/i.test(href) ? href : null);

function inlineHtml(item: Inline): string {
  const href = safeHref(item.href);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(item.text)}</a>` : escapeHtml(item.text);
}

/** The fact sheet as HTML for the website's editor: every text escaped, links only http(s) and mailto. */
export function factSheetHtml(sheet: FactSheet): string {
  const out: string[] = [`<h2>${escapeHtml(sheet.title)}</h2>`];
  if (sheet.updated) out.push(`<p><em>${escapeHtml(sheet.updated)}</em></p>`);
  for (const section of sheet.sections) {
    out.push(`<h3>${escapeHtml(section.heading)}</h3>`);
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') out.push(`<p>${block.lines.map(inlineHtml).join('<br>')}</p>`);
      else {
        const tag = block.ordered ? 'ol' : 'ul';
        out.push(`<${tag}>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</${tag}>`);
      }
    }
  }
  return out.join('\n');
}

export { safeHref };
