import { readBudget } from './budget';
import { readSections } from './sections';

const budgetOf = (text: string, councilLead = false) => readBudget(readSections(text).sections, councilLead);

describe('readBudget', () => {
  it('reads the council budget and its parts (SOLID)', () => {
    const { budget } = budgetOf(
      [
        'Projekta  kopējās izmaksas:',
        'Daugavpils pilsētas domes projekta budžets sastāda 4160 EUR, t.sk.',
        'ES līdzfinansējums 1500 EUR',
        'Domes līdzfinansējums  2660 EUR',
        'Pašvaldības līdzfinansējums un priekšfinansējums:',
        'Priekšfinansējums – 2018.gadā 1100 EUR; 2019. gadā 400 EUR',
        'Līdzfinansējums – 2018.gadā 1990 EUR; 2019. gadā 670 EUR',
      ].join('\n'),
    );
    expect(budget).toMatchObject({
      totalBudget: null,
      councilBudget: 416000,
      euCofinancing: 150000,
      councilCofinancing: 266000,
      prefinancingTotal: null,
      prefinancingByYear: [{ year: 2018, amount: 110000 }, { year: 2019, amount: 40000 }],
      cofinancingByYear: [{ year: 2018, amount: 199000 }, { year: 2019, amount: 67000 }],
      payments: [],
    });
  });

  it('reads a share with its total and years, and the payments beside the funding source (WIR)', () => {
    const { budget, proposals } = budgetOf(
      [
        'Finansēšanas avots:',
        'Eiropas Savienības „Eiropa pilsoņiem” programmas finansējums',
        '(avanss 40% jeb 3920,00 EUR, 60% jeb 5880 EUR - pēc projekta pabeigšanas)',
        'Pašvaldības līdzfinansējums un priekšfinansējums:',
        'Priekšfinansējums (60%) – 5880 EUR (2018.gadā 3000 EUR, 2019.gadā 2880 EUR)',
        'Līdzfinansējums – 4800 EUR (2018.gadā 3600 EUR, 2019.gadā 1200 EUR)',
      ].join('\n'),
    );
    expect(budget).toMatchObject({ prefinancingTotal: 588000, prefinancingPercent: 60, councilCofinancing: 480000 });
    expect(budget.prefinancingByYear).toEqual([{ year: 2018, amount: 300000 }, { year: 2019, amount: 288000 }]);
    expect(budget.payments.map((p) => [p.kind, p.sharePercent, p.amount, p.dueCondition, p.note])).toEqual([
      ['advance', 40, 392000, 'at-start', 'avanss 40% jeb 3920,00 EUR'],
      ['balance', 60, 588000, 'after-completion', '60% jeb 5880 EUR - pēc projekta pabeigšanas'],
    ]);
    expect(proposals.find((p) => p.field === 'budget.payments.0.dueCondition')).toMatchObject({ unsure: true, reason: 'inferred' });
    expect(proposals.find((p) => p.field === 'budget.payments.1.amount')).toMatchObject({ value: '5880', unsure: false });
  });

  it('reads a whole EU share for a project the council leads, and says what it inferred (DeCoDe)', () => {
    const { budget, proposals } = budgetOf(
      [
        'Projekta kopējās izmaksas:',
        'Projekta kopējais budžets sastāda 90 000 EUR (100% ES programmas “Eiropa pilsoņiem” finansējums)',
        'Avanss 40% – 36 000 EUR',
        '60% 54 000 EUR pēc projekta īstenošanas',
        'Pašvaldības līdzfinansējums un priekšfinansējums:',
        'Priekšfinansējums – 30 000 EUR 2019. gadā',
      ].join('\n'),
      true,
    );
    expect(budget).toMatchObject({ totalBudget: 9000000, euCofinancingPercent: 100, councilBudget: 9000000, euCofinancing: 9000000, councilCofinancing: 0, prefinancingTotal: null });
    expect(budget.prefinancingByYear).toEqual([{ year: 2019, amount: 3000000 }]);
    expect(budget.payments.map((p) => [p.kind, p.sharePercent, p.amount])).toEqual([['advance', 40, 3600000], ['balance', 60, 5400000]]);
    expect(proposals.filter((p) => p.reason === 'inferred').map((p) => p.field)).toEqual(
      expect.arrayContaining(['budget.councilBudget', 'budget.euCofinancing', 'budget.councilCofinancing']),
    );
  });

  it('reads pre-financing recovered after the project as the balance (TTChan)', () => {
    const { budget } = budgetOf(
      [
        'Projekta  kopējās izmaksas:',
        'Projekta kopējais budžets sastāda 10 080 EUR',
        '(100% attiecināmās izmaksas, ES programmas “Eiropa pilsoņiem” finansējums)',
        'Pašvaldības līdzfinansējums un priekšfinansējums:',
        'Priekšfinansējums 100% apmērā – 10 080 EUR 2018.gadā, kas tiek atgūts pēc projekta īstenošanas',
      ].join('\n'),
      true,
    );
    expect(budget).toMatchObject({ totalBudget: 1008000, prefinancingTotal: 1008000, prefinancingPercent: 100, prefinancingByYear: [{ year: 2018, amount: 1008000 }] });
    expect(budget.payments.map((p) => [p.kind, p.sharePercent, p.amount, p.dueCondition])).toEqual([['balance', 100, 1008000, 'after-completion']]);
  });

  it('reads English headings and other number forms', () => {
    const { budget } = budgetOf(['Total project budget: EUR 138 000', 'Council co-financing – 4 673,00 €', 'Pre-financing in 2019: 1,5 tūkst. EUR'].join('\n'));
    expect(budget).toMatchObject({ totalBudget: 13800000, councilCofinancing: 467300, prefinancingByYear: [{ year: 2019, amount: 150000 }] });
  });

  it('leaves unknown money null, never 0', () => {
    const { budget, proposals } = budgetOf(['Projekta kopējās izmaksas:', 'Kopējais projekta budžets sastāda 138 000 EUR', 'Projektā tiks organizēti 9 starptautiski pasākumi 2019.gadā'].join('\n'));
    expect(budget).toMatchObject({ totalBudget: 13800000, councilBudget: null, euCofinancing: null, councilCofinancing: null, prefinancingTotal: null, otherCofinancing: null });
    expect(proposals.map((p) => p.field)).toEqual(['budget.totalBudget']);
  });

  it('reads each clause of a line for what it says', () => {
    const { budget } = budgetOf('Projekta kopējās izmaksas:\nDaugavpils pilsētas domes budžets sastāda 14600 EUR, t.sk. ES līdzfinansējums 9800 EUR; domes līdzfinansējums 4800 EUR');
    expect(budget).toMatchObject({ councilBudget: 1460000, euCofinancing: 980000, councilCofinancing: 480000, totalBudget: null });
  });

  it('marks an amount the page states twice, differently', () => {
    const { budget, proposals } = budgetOf('Projekta kopējās izmaksas: 138 000 EUR\nKopējais projekta budžets sastāda 183 000 EUR');
    expect(budget.totalBudget).toBe(13800000);
    expect(proposals.find((p) => p.field === 'budget.totalBudget')).toMatchObject({ unsure: true, reason: 'several' });
  });
});

