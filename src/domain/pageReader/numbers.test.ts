import { findAmounts, findPercents, readCount } from './numbers';

const amounts = (text: string) => findAmounts(text).map((f) => f.value);

describe('findAmounts', () => {
  it.each([
    ['21 500 EUR', [2150000]],
    ['EUR 1 500', [150000]],
    ['1500,00 €', [150000]],
    ['1 500,50 EUR', [150050]],
    ['1,5 tūkst. EUR', [150000]],
    ['EUR 1,5 tūkst.', [150000]],
    ['3920,00 EUR', [392000]],
    ['10 080 EUR', [1008000]],
    ['10\u00A0080\u00A0EUR', [1008000]],
    ['10,080.00 EUR', [1008000]],
    ['4160 EUR, t.sk.', [416000]],
    ['€138 000', [13800000]],
    ['2500 euro', [250000]],
    ['ES līdzfinansējums 1,5 tūkst.', [150000]],
    ['1,5 tūkst.; 2 tūkst.', [150000, 200000]],
  ])('reads "%s"', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it('reads several amounts in order, with their places', () => {
    const found = findAmounts('Priekšfinansējums – 2018.gadā 1100 EUR; 2019. gadā 400 EUR');
    expect(found.map((f) => f.value)).toEqual([110000, 40000]);
    expect(found[0]).toMatchObject({ start: 30 });
  });

  it('reads the amounts beside percentages, not the percentages', () => {
    expect(amounts('avanss 40% jeb 3920,00 EUR, 60% jeb 5880 EUR - pēc projekta pabeigšanas')).toEqual([392000, 588000]);
    expect(amounts('Priekšfinansējums (60%) – 5880 EUR')).toEqual([588000]);
  });

  it.each([
    ['a year', '2018.gadā'],
    ['a count', '9 starptautiski pasākumi'],
    ['a phone number', 'Tālr: 6 54 76064; e-pasts: x@daugavpils.lv'],
    ['a percentage', '100% ES finansējums'],
    ['a date', '08.11.2018. - 12.11.2018.'],
    ['an amount without a currency', 'budžets sastāda 4160'],
    ['a word that starts like euro', 'Eiropas Savienība 2020 Europe'],
    ['thousands of something else', 'sasniegti 9 tūkst. iedzīvotāju'],
  ])('finds no amount in %s', (_what, text) => {
    expect(amounts(text)).toEqual([]);
  });
});

describe('findPercents', () => {
  it('reads whole and decimal percentages', () => {
    expect(findPercents('avanss 40% jeb, (60 %) un 12,5%').map((f) => f.value)).toEqual([40, 60, 12.5]);
  });
  it('ignores what cannot be a share', () => {
    expect(findPercents('150% un 2018%')).toEqual([]);
  });
});

describe('readCount', () => {
  it('reads digits and number words', () => {
    expect([readCount('9'), readCount('divi'), readCount('Five'), readCount('daži')]).toEqual([9, 2, 5, null]);
  });
});
