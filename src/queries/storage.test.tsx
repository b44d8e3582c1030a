// Whether this browser shares, as the header sees it: it must follow a connection made in this
// tab or in another one without a reload, since the header loads the sync indicator only then.
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SHARING_CONFIG_KEY, writeSharingConfig } from '../db/sync/outbox';
import { useSharesHere } from './storage';

afterEach(() => localStorage.clear());

describe('useSharesHere', () => {
  it('follows sharing being configured and ended in this tab', () => {
    const { result } = renderHook(() => useSharesHere());
    expect(result.current).toBe(false);
    act(() => {
      writeSharingConfig({ server: '/couchdb/', user: 'editor', roles: [] });
    });
    expect(result.current).toBe(true);
    act(() => {
      writeSharingConfig(null);
    });
    expect(result.current).toBe(false);
  });

  it('follows another tab (the storage event)', () => {
    const { result } = renderHook(() => useSharesHere());
    expect(result.current).toBe(false);
    act(() => {
      localStorage.setItem(SHARING_CONFIG_KEY, '{"server":"/couchdb/"}');
      window.dispatchEvent(new StorageEvent('storage', { key: SHARING_CONFIG_KEY, newValue: '{"server":"/couchdb/"}' }));
    });
    expect(result.current).toBe(true);
  });
});
