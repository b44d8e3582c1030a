import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from './en';
import { lv } from './lv';
import { countryName, formatDate, formatEventDate, formatMoney, formatMonth, interpolate, pickText, UNKNOWN } from './format';

// Intl puts narrow/no-break spaces in numbers; compare with ordinary spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('formats cents in each locale as Intl does', () => {
    expect(plain(formatMoney(13800000, 'lv'))).toBe('138 000,00 €');
    expect(formatMoney(13800000, 'en')).toBe('€138,000.00');
    expect(formatMoney(0, 'en')).toBe('€0.00');
  });
  it('shows unknown as a dash, never as 0', () => {
    expect(formatMoney(null, 'lv')).toBe(UNKNOWN);
    expect(formatMoney(undefined, 'en')).toBe(UNKNOWN);
  });
});

describe('dates', () => {
  it('keeps the precision of the source', () => {
    expect(formatMonth('2018-03', 'en')).toBe('March 2018');
    expect(formatEventDate({ precision: 'month', month: '2019-02' }, 'en', '?')).toBe('February 2019');
    expect(formatEventDate({ precision: 'unknown' }, 'en', 'date unknown')).toBe('date unknown');
    expect(plain(formatEventDate({ precision: 'day', start: '2018-11-08', end: '2018-11-12' }, 'en', '?'))).toMatch(/8.+12 Nov 2018/);
  });
  it('does not shift a day across time zones', () => {
    expect(formatDate('2018-01-01', 'en')).toBe('1 Jan 2018');
  });
  it('names countries in the UI language', () => {
    expect(countryName('LV', 'en')).toBe('Latvia');
    expect(countryName('LV', 'lv')).toBe('Latvija');
    expect(countryName(null, 'en')).toBe(UNKNOWN);
  });
});

describe('texts', () => {
  it('falls back to the other language when a text is missing', () => {
    expect(pickText({ lv: 'Sveiki', en: '' }, 'en')).toBe('Sveiki');
    expect(pickText({ lv: 'Sveiki', en: 'Hello' }, 'en')).toBe('Hello');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} of {b}', { a: 1, b: 2 })).toBe('1 of 2');
    expect(interpolate('{a} of {c}', { a: 1 })).toBe('1 of {c}');
  });
  it('has every English key in Latvian, each form with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const forms = (message: string | object) => (typeof message === 'string' ? [message] : Object.values(message as Record<string, string>));
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(lv[key], key).toBeTruthy();
      const expected = placeholders(forms(en[key])[0] ?? '');
      for (const form of [...forms(en[key]), ...forms(lv[key])]) expect(placeholders(form), key).toEqual(expected);
    }
  });
});

describe('prepareFormats', () => {
  // A fresh module each time: the formatters are cached for the module's life.
  beforeEach(() => {
    vi.resetModules();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(['lv', 'en'] as const)('makes the date and money formatters ahead, so a screen’s first dates and sums make none (%s)', async (lang) => {
    const format = await import('./format');
    // Counts the formatters made, and makes them for real.
    const { DateTimeFormat, NumberFormat } = Intl;
    const dates = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args) {
      return new DateTimeFormat(...args);
    });
    const numbers = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args) {
      return new NumberFormat(...args);
    });
    format.prepareFormats(lang);
    expect(dates).toHaveBeenCalledTimes(1);
    expect(numbers).toHaveBeenCalledTimes(1);
    expect(format.formatDate('2018-11-08', lang)).toBe(lang === 'lv' ? '2018. gada 8. nov.' : '8 Nov 2018');
    expect(format.formatMoney(13800000, lang)).toMatch(/138/);
    expect(dates).toHaveBeenCalledTimes(1);
    expect(numbers).toHaveBeenCalledTimes(1);
  });
});
