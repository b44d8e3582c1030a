import { describe, expect, it } from 'vitest';
import { receivedPercent } from './SyncIndicator';

describe('receivedPercent', () => {
  it('is the whole percent received, never 100 while the pull is on, never below 0', () => {
    expect(receivedPercent({ done: 500, total: 1501 })).toBe(33);
    expect(receivedPercent({ done: 1501, total: 1501 })).toBe(99);
    // A record changed during the pull is in the feed twice: more than the total.
    expect(receivedPercent({ done: 1600, total: 1501 })).toBe(99);
    expect(receivedPercent({ done: 0, total: 1501 })).toBe(0);
  });
});
