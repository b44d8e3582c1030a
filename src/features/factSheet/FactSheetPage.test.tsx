import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDatabaseEachTest } from '../../test/database';
import { renderRoute, seedSamplePortfolio } from '../../test/render';
import AnnexPage from './AnnexPage';
import FactSheetPage from './FactSheetPage';

freshDatabaseEachTest(seedSamplePortfolio);

const openSheet = (id: string, language: 'en' | 'lv' = 'lv', query = '') =>
  renderRoute(<FactSheetPage />, { path: '/projects/:projectId/fact-sheet', url: `/projects/${id}/fact-sheet${query}`, language });
const openAnnex = (id: string, language: 'en' | 'lv' = 'lv') => renderRoute(<AnnexPage />, { path: '/projects/:projectId/annex', url: `/projects/${id}/annex`, language });

const documentIn = async (name: string) => screen.findByRole('region', { name });
const sectionOf = (doc: HTMLElement, heading: string) => within(doc).getByRole('region', { name: heading });

// What each seed page states, and the fact sheet must say again: partners, figures, period.
const SEEDS: { id: string; partners: string[]; figures: string[]; period: string }[] = [
  { id: 'sample-solid', partners: ['Jette kultūras centrs /Le Centre Culturel de Jette/, Jette, Beļģija', 'Gmina Dąbrowa, Polija', 'Asociatia European Academy, Rumānija'], figures: ['Domes budžets sastāda 4160,00 €', 'ES līdzfinansējums 1500,00 €', 'Priekšfinansējums – 2018. gadā 1100,00 €; 2019. gadā 400,00 €'], period: '01.01.2018. – 15.11.2019.' },
  { id: 'sample-wir', partners: ['Vanersborg pašvaldība, Zviedrija', 'Alikantes Universitāte, Alicante, Spānija', 'Sweden Emilia – Romagna Network Associazione (asociācija), Bologna, Itālija'], figures: ['Domes budžets sastāda 14 600,00 €', 'Avanss 40% – 3920,00 €', 'Līdzfinansējums – 2018. gadā 3600,00 €; 2019. gadā 1200,00 €'], period: '16.10.2017. – 15.10.2019.' },
  { id: 'sample-ttchan', partners: ['Daugavpils pilsētas dome, Daugavpils, Latvija', 'Paņeveža, Lietuva', 'Raska, Serbija'], figures: ['Projekta kopējais budžets sastāda 10 080,00 €', 'ES līdzfinansējums 10 080,00 € (100%)', 'Priekšfinansējums 100% – 10 080,00 €; 2018. gadā 10 080,00 €'], period: '08.11.2018. – 12.11.2018.' },
  { id: 'sample-our-cities-pairing', partners: ['Suluova Apgabala Valdība, Turcija', 'Suluovas Tirdzniecības un Rūpniecības Kamera, Turcija', 'Amasjas Valdība'], figures: ['Projekta kopējais budžets sastāda 138 000,00 €', 'Domes līdzfinansējums 4673,00 €'], period: '12 mēneši (15.01.2019. – 15.01.2020.)' },
  { id: 'sample-decode', partners: ['Daugavpils pilsētas dome, Daugavpils, Latvija', 'Kauņa, Lietuva', 'Cuenca, Spānija'], figures: ['Projekta kopējais budžets sastāda 90 000,00 €', 'Avanss 40% – 36 000,00 €', 'Priekšfinansējums – 2019. gadā 30 000,00 €'], period: '01.03.2018. – 01.02.2020.' },
];

describe('the fact sheet screen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each(SEEDS)('shows $id in Latvian with its partners, figures and period', async ({ id, partners, figures, period }) => {
    openSheet(id);
    const doc = await documentIn('Projekta apraksta teksts');
    expect(doc).toHaveAttribute('lang', 'lv');
    for (const partner of partners) expect(within(doc).getAllByText(partner, { exact: false }).length).toBeGreaterThan(0);
    for (const figure of figures) expect(within(doc).getByText(figure)).toBeInTheDocument();
    expect(within(sectionOf(doc, 'Projekta īstenošanas termiņš')).getByText(period)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Projekta apraksts: /);
  });

  it('shows WIR in English when the URL asks, and ignores a language it does not know', async () => {
    const user = userEvent.setup();
    const { unmount } = openSheet('sample-wir', 'lv', '?lang=en');
    const doc = await documentIn('Projekta apraksta teksts');
    expect(doc).toHaveAttribute('lang', 'en');
    expect(within(doc).getByRole('heading', { level: 2 })).toHaveTextContent('Promoting democratic engagement and civic participation (WIR)');
    const partners = sectionOf(doc, 'Project partners');
    expect(within(partners).getByText('Daugavpils City Council, Daugavpils, Latvia')).toBeInTheDocument();
    expect(within(doc).getByText('Council’s budget: €14,600.00')).toBeInTheDocument();
    expect(within(sectionOf(doc, 'Implementation period')).getByText('16 Oct 2017 – 15 Oct 2019')).toBeInTheDocument();
    // The choice on the screen switches back, and the URL keeps it.
    await user.click(screen.getByRole('radio', { name: 'Latviešu' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Projekta partneri' })).toBeInTheDocument();
    unmount();
    openSheet('sample-wir', 'en', '?lang=xx');
    const english = await documentIn('Fact sheet text');
    expect(english).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
  });

  it('copies HTML and plain text for the website and says so', async () => {
    const user = userEvent.setup();
    const write = vi.fn<(items: ClipboardItem[]) => Promise<void>>().mockResolvedValue(undefined);
    class FakeItem {
      constructor(public readonly items: Record<string, Blob>) {}
    }
    vi.stubGlobal('ClipboardItem', FakeItem);
    Object.defineProperty(navigator, 'clipboard', { value: { write, writeText: vi.fn() }, configurable: true });
    openSheet('sample-ttchan', 'en');
    await user.click(await screen.findByRole('button', { name: 'Copy for the website' }));
    expect(await screen.findByText('Copied: formatted text and plain text are on the clipboard.')).toHaveAttribute('role', 'status');
    const item = write.mock.calls[0]?.[0]?.[0] as unknown as FakeItem;
    expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain']);
    expect(await item.items['text/html']?.text()).toContain('<h3>Project partners</h3>');
    expect(await item.items['text/plain']?.text()).toContain('Project partners:\n1. Panevėžys, Lithuania');
  });

  it('falls back to plain text, and says clearly when copying fails', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockRejectedValueOnce(new DOMException('Write permission denied.', 'NotAllowedError')).mockResolvedValue(undefined);
    vi.stubGlobal('ClipboardItem', undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    openSheet('sample-ttchan', 'en');
    const button = await screen.findByRole('button', { name: 'Copy for the website' });
    await user.click(button);
    expect(await screen.findByText('Could not copy: the browser did not allow this page to use the clipboard. Select the text below and copy it by hand.')).toHaveAttribute('role', 'status');
    await user.click(button);
    expect(await screen.findByText('Copied as plain text (this browser does not copy formatted text).')).toBeInTheDocument();
    expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining('Town Twinning as a Channel of European Solidarity (TTChan)'));
  });

  it('prints with the browser', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    openSheet('sample-solid', 'en');
    await user.click(await screen.findByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });
});

describe('the council-decision annex screen', () => {
  it('shows TTChan’s decision No. 502 and its budget table', async () => {
    openAnnex('sample-ttchan');
    const doc = await documentIn('Pielikuma teksts');
    expect(doc).toHaveTextContent('2018. gada 28. septembra');
    expect(doc).toHaveTextContent('lēmumam Nr. 502');
    const table = within(doc).getByRole('table', { name: 'Budžets' });
    const row = within(table).getByRole('row', { name: /Pašvaldības priekšfinansējums/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent?.replace(/\s/g, ' '))).toEqual(['10 080,00 €', '10 080,00 €']);
    expect(within(table).getByRole('columnheader', { name: '2018. gads' })).toBeInTheDocument();
    expect(doc).toHaveTextContent('I. Prelatovs');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('says so when a project has no decision, in English too', async () => {
    openAnnex('sample-wir', 'en');
    expect(await screen.findByRole('note')).toHaveTextContent('This project has no council decision in its record');
    const doc = screen.getByRole('region', { name: 'Annex text' });
    expect(doc).not.toHaveTextContent('lēmumam');
    expect(within(doc).getByRole('row', { name: /Projekta kopējais budžets/ })).toHaveTextContent('—');
  });
});
