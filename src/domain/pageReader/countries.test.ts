import { countryCode } from './countries';

describe('countryCode', () => {
  it.each([
    ['Itālija', 'IT'], ['Itālijā', 'IT'], ['Italy', 'IT'], ['Beļģija', 'BE'], ['Maķedonija', 'MK'], ['Zviedrija', 'SE'],
    ['Lietuva', 'LT'], ['Turcija', 'TR'], ['Turkey', 'TR'], ['Vācija', 'DE'], ['Grieķija', 'GR'], [' Polija. ', 'PL'],
  ])('%s is %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });
  it('is null for what is no country', () => {
    expect([countryCode('Septembris'), countryCode('Jette'), countryCode('')]).toEqual([null, null, null]);
  });
});
