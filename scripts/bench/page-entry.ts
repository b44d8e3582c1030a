// The in-page half of `npm run bench` (scripts/bench.mjs). Bundled by Vite as an IIFE and
// injected into the running app's page (same origin, so the same IndexedDB database), it
// exposes `window.__bench`: seeding through the app's own repository, timed reads, and a
// keystroke probe that times keydown → the list's DOM change → the next animation frame.
//
// Its Dexie instance is a second copy of the library, opening the app's database by name
// ('eu-projects-portfolio'); the app hears of its writes through Dexie's cross-instance
// change events and refetches, as it would after a write from another tab.
import { generatePortfolio } from '../../tests/fixtures/generator';
import { listOrganisations, listProgrammes, listProjectOverviews, listProjects, putPortfolio, updateSettings } from '../../src/db/portfolioRepository';
import { buildSearchIndex, defaultListQuery, queryProjects } from '../../src/domain/projectQuery';
import { consistencyWarnings } from '../../src/domain/consistency';
import { todayIso } from '../../src/lib/today';
import { validOrganisation, validProgramme, validProject } from '../../src/db/validation';

export type SeedResult = {
  projects: number;
  /** Mean JSON size of a generated project, for comparing with other record sizes. */
  meanProjectBytes: number;
  generateMs: number;
  validateOnlyMs: number;
  /** consistencyWarnings over every generated project (what a project page runs for one). */
  consistencyMs: number;
  warnings: number;
  putMs: number;
};

export type ListResult = { projects: number; ms: number };

export type KeystrokeResult = {
  key: string;
  /** keydown → requestAnimationFrame after the first mutation of the list (count text or table). */
  firstMs: number | null;
  /** keydown → requestAnimationFrame after the last list mutation before the list went quiet. */
  settledMs: number | null;
  /** keydown → the first performance mark 'projects-list-rendered' (the table's render effect). */
  markMs: number | null;
  mutations: number;
  countText: string;
};

/** The list page's derivations, timed alone on the stored data (what the page does after loading). */
export type DeriveResult = {
  projects: number;
  directoriesMs: number;
  searchIndexMs: number;
  queryAllMs: number;
  queryTextMs: number;
  shownForText: number;
};

export type Bench = {
  derive(text: string): Promise<DeriveResult>;
  seed(count: number, seed: number, mode: 'merge' | 'replace'): Promise<SeedResult>;
  list(what?: 'projects' | 'overviews'): Promise<ListResult>;
  /**
   * Arm the probe for the next keystroke; `keystrokeResult()` then resolves once the list has
   * changed and been quiet for `quietMs` (or after `timeoutMs` with no sign of a change: times null).
   */
  armKeystroke(options?: { quietMs?: number; timeoutMs?: number }): void;
  keystrokeResult(): Promise<KeystrokeResult>;
};

declare global {
  interface Window {
    __bench?: Bench;
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function seed(count: number, seedValue: number, mode: 'merge' | 'replace'): Promise<SeedResult> {
  let t = performance.now();
  const generated = generatePortfolio({ projects: count, seed: seedValue });
  const generateMs = performance.now() - t;

  // For the breakdown only: the same zod validation putPortfolio does, without storage.
  t = performance.now();
  generated.organisations.forEach(validOrganisation);
  generated.programmes.forEach(validProgramme);
  generated.projects.forEach(validProject);
  const validateOnlyMs = performance.now() - t;

  t = performance.now();
  const context = { homeOrganisationId: generated.homeOrganisationId };
  const warnings = generated.projects.reduce((n, project) => n + consistencyWarnings(project, context).length, 0);
  const consistencyMs = performance.now() - t;

  t = performance.now();
  const { projects } = await putPortfolio(generated, { mode });
  const putMs = performance.now() - t;

  // 'replace' removes the sample's organisations, the council among them: point the
  // settings at the generated council so the app's state stays consistent (not timed).
  await updateSettings({ homeOrganisationId: generated.homeOrganisationId });
  const meanProjectBytes = Math.round(JSON.stringify(generated.projects).length / Math.max(1, generated.projects.length));
  return { projects, meanProjectBytes, generateMs: round(generateMs), validateOnlyMs: round(validateOnlyMs), consistencyMs: round(consistencyMs), warnings, putMs: round(putMs) };
}

/** Read the whole portfolio: full records (listProjects) or the overviews the screens read. */
async function list(what: 'projects' | 'overviews' = 'projects'): Promise<ListResult> {
  const t = performance.now();
  const projects = what === 'projects' ? await listProjects() : await listProjectOverviews();
  return { projects: projects.length, ms: round(performance.now() - t) };
}

async function derive(text: string): Promise<DeriveResult> {
  const projects = await listProjectOverviews();
  let t = performance.now();
  const [organisations, programmes] = await Promise.all([listOrganisations(), listProgrammes()]);
  const directoriesMs = performance.now() - t;
  const organisationsById = new Map(organisations.map((o) => [o.id, o]));
  const programmesById = new Map(programmes.map((p) => [p.id, p]));
  t = performance.now();
  const searchIndex = buildSearchIndex(projects, organisationsById);
  const searchIndexMs = performance.now() - t;
  const context = { today: todayIso(), language: 'en' as const, searchIndex };
  t = performance.now();
  queryProjects(projects, organisationsById, programmesById, defaultListQuery, context);
  const queryAllMs = performance.now() - t;
  t = performance.now();
  const shown = queryProjects(projects, organisationsById, programmesById, { ...defaultListQuery, text }, context);
  const queryTextMs = performance.now() - t;
  return {
    projects: projects.length,
    directoriesMs: round(directoriesMs),
    searchIndexMs: round(searchIndexMs),
    queryAllMs: round(queryAllMs),
    queryTextMs: round(queryTextMs),
    shownForText: shown.length,
  };
}

/** The part of the page that shows the list: the count line and the table (or empty state). */
function listContainer(): HTMLElement {
  const section = document.querySelector<HTMLElement>('.projects-page');
  if (!section) throw new Error('bench: the projects page (.projects-page) is not showing');
  return section;
}

function countText(): string {
  return document.querySelector('.projects-page .count')?.textContent ?? '';
}

let pending: Promise<KeystrokeResult> | null = null;

function armKeystroke(options: { quietMs?: number; timeoutMs?: number } = {}): void {
  pending = keystroke(options);
}

function keystrokeResult(): Promise<KeystrokeResult> {
  if (!pending) return Promise.reject(new Error('bench: armKeystroke() was not called'));
  const result = pending;
  pending = null;
  return result;
}

function keystroke({ quietMs = 400, timeoutMs = 10_000 }: { quietMs?: number; timeoutMs?: number }): Promise<KeystrokeResult> {
  const section = listContainer();
  const toolbar = section.querySelector('.toolbar');
  return new Promise((resolve) => {
    let keydownAt: number | null = null;
    let key = '';
    let firstMs: number | null = null;
    let settledMs: number | null = null;
    let markMs: number | null = null;
    let mutations = 0;
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    let frameRequested = false;

    const finish = () => {
      observer.disconnect();
      marks.disconnect();
      window.removeEventListener('keydown', onKeydown, true);
      clearTimeout(quietTimer);
      clearTimeout(timeout);
      resolve({
        key,
        firstMs: firstMs === null ? null : round(firstMs),
        settledMs: settledMs === null ? null : round(settledMs),
        markMs: markMs === null ? null : round(markMs),
        mutations,
        countText: countText(),
      });
    };
    const waitForQuiet = () => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(finish, quietMs);
    };

    const onKeydown = (event: KeyboardEvent) => {
      if (keydownAt !== null) return;
      keydownAt = performance.now();
      key = event.key;
    };

    // Mutations in the toolbar (the search box's own value attribute, the "Clear filters"
    // button) are not the list; everything else in the section is.
    const observer = new MutationObserver((records) => {
      if (keydownAt === null) return;
      const relevant = records.filter((r) => !(toolbar && toolbar.contains(r.target)));
      if (relevant.length === 0) return;
      mutations += relevant.length;
      if (frameRequested) return;
      frameRequested = true;
      requestAnimationFrame(() => {
        frameRequested = false;
        const at = performance.now() - (keydownAt ?? 0);
        firstMs ??= at;
        settledMs = at;
        waitForQuiet();
      });
    });
    observer.observe(section, { subtree: true, childList: true, characterData: true, attributes: true });

    // A keystroke whose results look the same changes no DOM, but the table still renders.
    const marks = new PerformanceObserver((entries) => {
      if (keydownAt === null) return;
      for (const entry of entries.getEntries()) {
        if (entry.name !== 'projects-list-rendered' || entry.startTime < keydownAt) continue;
        markMs ??= entry.startTime - keydownAt;
        waitForQuiet();
      }
    });
    marks.observe({ type: 'mark' });

    window.addEventListener('keydown', onKeydown, true);
    // Nothing at all within timeoutMs: the keystroke changed nothing we can see.
    const timeout = setTimeout(() => {
      if (firstMs === null && markMs === null && !frameRequested) finish();
    }, timeoutMs);
  });
}

window.__bench = { seed, list, derive, armKeystroke, keystrokeResult };
