// A browser whose replica cannot be opened is told so by the sharing status, and the failure is
// not left unhandled (vitest fails a run on an unhandled rejection).
import { describe, expect, it } from 'vitest';
import { eventually, withSyncServer } from './harness';

const sync = withSyncServer('start-failure');

/** Makes the replica's IndexedDB database one of a later version than PouchDB opens: opening it fails. */
function blockReplica(replicaName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(`_pouch_${replicaName}`, 999);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('a replica that cannot be opened', () => {
  it('shows the sharing as failed, with the reason, and stops cleanly', async () => {
    const who = await sync.browser('editor');
    await blockReplica(`${who.name}-replica`);
    await sync.connect(who);
    await eventually(async () => expect(who.status?.state).toBe('error'));
    expect(who.status?.reason).toMatch(/version/i);
  });
});
