import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SignedIn } from '../../queries/sharing';
import { renderRoute } from '../../test/render';
import { FirstConnectionChoice } from './SharingCard';

const overlap = { here: { projects: 3, other: 0 }, there: { projects: 12, other: 4 }, projectsOnBoth: 2 };
const signedIn = (access: SignedIn['access']): SignedIn => ({ address: '/couchdb/', session: { name: access, roles: [access] }, access, overlap });

function show(access: SignedIn['access'], language: 'en' | 'lv' = 'en') {
  const onChoose = vi.fn();
  renderRoute(<FirstConnectionChoice signedIn={signedIn(access)} busy={false} error={null} onChoose={onChoose} onCancel={() => undefined} />, { path: '/settings', url: '/settings', language });
  return onChoose;
}

describe('FirstConnectionChoice', () => {
  it('offers an editor to share this browser\'s records, both versions kept where they differ', async () => {
    const onChoose = show('editor');
    const form = screen.getByRole('form', { name: 'This browser and the server both hold a portfolio' });
    expect(form).toHaveTextContent('2 of them are on the server too: where the two differ, both versions are kept, to compare.');
    expect(within(form).getByRole('radio', { name: 'Merge: share them with colleagues too (recommended)' })).toBeChecked();
    await userEvent.click(within(form).getByRole('button', { name: 'Continue' }));
    expect(onChoose).toHaveBeenCalledWith('merge');
  });

  it('tells a reader the truth: nothing is shared, and the server\'s version replaces this browser\'s', async () => {
    const onChoose = show('reader');
    const form = screen.getByRole('form', { name: 'This browser and the server both hold a portfolio' });
    expect(form).toHaveTextContent('2 of them are on the server too: the server’s versions will replace this browser’s.');
    expect(within(form).queryByRole('radio', { name: /share them with colleagues/ })).toBeNull();
    expect(within(form).getByRole('radio', { name: 'Keep them in this browser only, beside the server’s portfolio: a reader shares nothing with colleagues' })).toBeChecked();
    await userEvent.click(within(form).getByRole('radio', { name: /Use the server’s portfolio/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Continue' }));
    expect(onChoose).toHaveBeenCalledWith('server');
  });

  it('in Latvian too', () => {
    show('reader', 'lv');
    const form = screen.getByRole('form', { name: 'Portfelis jau ir gan šajā pārlūkā, gan serverī' });
    expect(form).toHaveTextContent('2 no tiem ir arī serverī: šī pārlūka versijas aizstās servera versijas.');
    expect(within(form).getByRole('radio', { name: 'Paturēt tos tikai šajā pārlūkā, blakus servera portfelim: lasītājs ar kolēģiem neko nekoplieto' })).toBeChecked();
  });
});
