// The sharing journeys' sync server, read directly as its server admin (never through the app):
// after each journey, the server must hold no record in two versions. A conflict a journey left
// behind would show in every later journey's header ("Synced · 1 conflict"), so it is reported
// against the journey that left it, with the versions, and then cleared.
import { expect } from '@playwright/test';
import { SYNC_PORT } from '../../playwright.config';

const DATABASE = `http://127.0.0.1:${SYNC_PORT}/eu-portfolio`;
const ADMIN = { user: 'admin', password: process.env.SYNC_ADMIN_PASSWORD || 'admin-dev-password' };
const headers = { authorization: `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`, accept: 'application/json' };

type Conflicted = { id: string; winner: string; others: string[]; versions: string[] };

/** The records the server holds in more than one kept version, each version in short. */
async function serverConflicts(): Promise<Conflicted[]> {
  const response = await fetch(`${DATABASE}/_all_docs?include_docs=true&conflicts=true`, { headers });
  expect(response.ok, `the sync server answered ${response.status}`).toBe(true);
  const body = (await response.json()) as { rows: { id: string; doc?: { _rev: string; _conflicts?: string[] } }[] };
  const found: Conflicted[] = [];
  for (const row of body.rows) {
    const others = row.doc?._conflicts ?? [];
    if (!row.doc || others.length === 0) continue;
    const versions = await Promise.all(
      [row.doc._rev, ...others].map(async (rev) => `${rev}: ${(await (await fetch(`${DATABASE}/${encodeURIComponent(row.id)}?rev=${rev}`, { headers })).text()).slice(0, 600)}`),
    );
    found.push({ id: row.id, winner: row.doc._rev, others, versions });
  }
  return found;
}

/** After a journey: no conflict left on the server. One that is left fails this journey, and is cleared so the next starts clean. */
export async function expectNoConflictLeft(): Promise<void> {
  const left = await serverConflicts();
  for (const conflict of left) {
    for (const rev of conflict.others) await fetch(`${DATABASE}/${encodeURIComponent(conflict.id)}?rev=${rev}`, { method: 'DELETE', headers });
  }
  expect(left.map((conflict) => `${conflict.id}\n  ${conflict.versions.join('\n  ')}`), 'records left in conflict on the sync server').toEqual([]);
}
