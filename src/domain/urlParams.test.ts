import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capText, idParam, monthParam, yearParam } from './urlParams';

describe('capText', () => {
  it('leaves a short text alone and cuts a long one to the cap', () => {
    expect(capText('Paņeveža', 200)).toBe('Paņeveža');
    expect(capText('x'.repeat(100_000), 200)).toBe('x'.repeat(200));
  });

  it('never leaves half of a character at the cut', () => {
    // "😀" is two UTF-16 units: a cap falling between them drops the whole emoji.
    expect(capText(`${'x'.repeat(199)}😀`, 200)).toBe('x'.repeat(199));
    expect(capText(`${'x'.repeat(198)}😀y`, 200)).toBe(`${'x'.repeat(198)}😀`);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (text, max) => {
        const cut = capText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(text.startsWith(cut)).toBe(true);
        // 'binary' strings hold no lone surrogate, so the cut must not make one.
        expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        expect(capText(cut, max)).toBe(cut);
      }),
    );
  });
});

describe('idParam', () => {
  it('takes ids the schema allows and refuses, rather than cuts, any other', () => {
    expect(idParam('sample-solid')).toBe('sample-solid');
    expect(idParam('x'.repeat(100))).toBe('x'.repeat(100));
    expect(idParam('x'.repeat(101))).toBeNull();
    expect(idParam('x'.repeat(100_000))).toBeNull();
    expect(idParam('')).toBeNull();
    expect(idParam(null)).toBeNull();
  });
});

describe('yearParam', () => {
  it('takes four-digit years from 1950 to 2200 only', () => {
    expect(yearParam('2019')).toBe(2019);
    expect(yearParam('1950')).toBe(1950);
    expect(yearParam('2200')).toBe(2200);
    for (const text of ['1949', '2201', '9999', '0000', '19', '2019.0', ' 2019', '2e3', '', null]) expect(yearParam(text)).toBeNull();
  });
});

describe('monthParam', () => {
  it.each(['2018-01', '2024-12', '1950-01', '2200-12'])('takes the real calendar month %s', (month) => {
    expect(monthParam(month)).toBe(month);
  });

  it('refuses impossible months, days, years out of range and other shapes', () => {
    for (const text of ['2024-13', '2024-00', '2024-99', '9999-12', '0000-01', '1949-12', '2201-01', '2024-02-30', '2024-13-01', '9999-99-99', '2024-1', '24-01', '2024/01', '2024-01 ', '', null]) {
      expect(monthParam(text), String(text)).toBeNull();
    }
  });

  it('reads every string as a month within range or as nothing, without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}$/)), (text) => {
        const month = monthParam(text);
        if (month === null) return;
        expect(month).toBe(text);
        const year = Number(month.slice(0, 4));
        const monthNumber = Number(month.slice(5, 7));
        expect(year >= 1950 && year <= 2200 && monthNumber >= 1 && monthNumber <= 12).toBe(true);
      }),
    );
  });
});
