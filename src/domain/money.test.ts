import { addKnownSums, centsToEuros, parseMoney, sumKnown } from './money';

describe('sumKnown', () => {
  it('adds known values and counts the unknown ones instead of treating them as 0', () => {
    expect(sumKnown([150000, null, 266000])).toEqual({ total: 416000, known: 2, unknown: 1 });
  });

  it('returns a null total when nothing is known', () => {
    expect(sumKnown([])).toEqual({ total: null, known: 0, unknown: 0 });
    expect(sumKnown([null, null])).toEqual({ total: null, known: 0, unknown: 2 });
  });

  it('keeps a known 0 as a known value', () => {
    expect(sumKnown([0, null])).toEqual({ total: 0, known: 1, unknown: 1 });
  });

  it('adds sums of sums', () => {
    expect(addKnownSums([sumKnown([1, null]), sumKnown([null]), sumKnown([2, 3])])).toEqual({ total: 6, known: 3, unknown: 2 });
    expect(addKnownSums([sumKnown([null])])).toEqual({ total: null, known: 0, unknown: 1 });
  });
});

describe('parseMoney', () => {
  it.each([
    ['10 080', 1008000],
    ['3920,00', 392000],
    ['4160', 416000],
    ['4 160,50 €', 416050],
    ['10,080.00', 1008000],
    ['10.080,00', 1008000],
    ['1,5', 150],
    ['10,08', 1008],
    ['10.08', 1008],
    ['10,080', 1008000],
    ['10.080', 1008000],
    ['1.000.000', 100000000],
    ['1,000,000.5', 100000050],
    ['EUR 4160', 416000],
    ['4160 EUR', 416000],
    ['4160EUR', 416000],
    ['eur 10 080', 1008000],
    ['€4 160', 416000],
    ['138\u00A0000', 13800000],
    ['138\u202F000,00\u00A0€', 13800000],
    ['0', 0],
    ['0,5', 50],
    ['  4160  ', 416000],
  ])('reads %j as %d cents', (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it.each(['', '  ', '\u00A0'])('reads the empty %j as unknown', (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it.each([
    '12,3456',
    '-5',
    '+5',
    'abc',
    'EUR',
    '10.',
    ',50',
    '1,000.000',
    '10 080,000',
    '1 000.000.000',
    '1,00,000',
    '0,080',
    '12 34',
    '1.2.3',
    '4160 USD',
    '99999999999999999999',
  ])('rejects %j', (text) => {
    expect(parseMoney(text)).toBe('invalid');
  });
});

describe('centsToEuros', () => {
  it('writes cents as euros, unknown as null', () => {
    expect(centsToEuros(11_138_000)).toBe(111380);
    expect(centsToEuros(467_350)).toBe(4673.5);
    expect(centsToEuros(null)).toBeNull();
  });
});
