import { makeOrganisation, makeProgramme, makeProject } from '../../test/factories';
import { samplePortfolio } from '../sample';
import { buildFactSheet, factSheetHtml, factSheetText } from './factSheet';

const directory = { organisations: samplePortfolio.organisations, programmes: samplePortfolio.programmes };
const wir = samplePortfolio.projects.find((p) => p.id === 'sample-wir');
const nbsp = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

describe('the fact sheet', () => {
  it('writes WIR in English with the partners’ directory names, English countries and money as the app shows it', () => {
    if (!wir) throw new Error('no WIR');
    const text = nbsp(factSheetText(buildFactSheet(wir, directory, 'en')));
    expect(text).toMatch(/^Promoting democratic engagement and civic participation \(WIR\)\n/);
    expect(text).toContain('Lead partner (applicant):');
    expect(text).toMatch(/Sweden/);
    expect(text).toContain('Council’s budget: €14,600.00');
    expect(text).toContain('Pre-financing 60% – €5,880.00; in 2018 €3,000.00; in 2019 €2,880.00');
    expect(text).toContain('16 Oct 2017 – 15 Oct 2019');
    expect(text).not.toContain('Projekta partneri');
  });

  it('leaves unknown values out rather than writing 0', () => {
    const sheet = buildFactSheet(makeProject(), { organisations: [makeOrganisation()], programmes: [makeProgramme()] }, 'lv');
    expect(sheet.sections.map((s) => s.key)).toEqual(['lead', 'funding', 'period']);
    expect(factSheetText(sheet)).not.toMatch(/0,00/);
  });

  it('escapes every text in the HTML and links only http(s) and mailto addresses', () => {
    const project = makeProject({
      title: { lv: '<script>alert("x")</script> & co', en: '' },
      website: 'https://example.eu/?a=1&b=2',
      pressReleases: [{ title: { lv: 'Relīze <b>', en: '' }, url: 'https://example.eu/"onmouseover="x', date: null }],
    });
    const html = factSheetHtml(buildFactSheet(project, { organisations: [makeOrganisation()], programmes: [makeProgramme()] }, 'lv'));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(html).toContain('<a href="https://example.eu/?a=1&amp;b=2">https://example.eu/?a=1&amp;b=2</a>');
    expect(html).toContain('Relīze &lt;b&gt;');
    expect(html).not.toMatch(/href="[^"]*"onmouseover/);
  });
});
