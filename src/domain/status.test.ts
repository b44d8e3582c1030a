import { activeYears, projectStatus } from './status';

describe('projectStatus', () => {
  const solid = { start: '2018-01-01', end: '2019-11-15' };

  it('is planned before the start, ongoing from the start to the end day, completed after', () => {
    expect(projectStatus(solid, '2017-12-31')).toBe('planned');
    expect(projectStatus(solid, '2018-01-01')).toBe('ongoing');
    expect(projectStatus(solid, '2019-11-15')).toBe('ongoing');
    expect(projectStatus(solid, '2019-11-16')).toBe('completed');
  });

  it('is unknown with no dates', () => {
    expect(projectStatus({ start: null, end: null }, '2019-01-01')).toBe('unknown');
  });

  it('with only a start: planned before it, ongoing after it', () => {
    expect(projectStatus({ start: '2030-01-01', end: null }, '2025-06-01')).toBe('planned');
    expect(projectStatus({ start: '2018-01-01', end: null }, '2025-06-01')).toBe('ongoing');
  });

  it('with only an end: completed after it, unknown before it', () => {
    expect(projectStatus({ start: null, end: '2019-11-15' }, '2025-06-01')).toBe('completed');
    expect(projectStatus({ start: null, end: '2019-11-15' }, '2019-11-15')).toBe('unknown');
  });

  it('handles a one-day project', () => {
    expect(projectStatus({ start: '2018-11-08', end: '2018-11-08' }, '2018-11-08')).toBe('ongoing');
  });
});

describe('activeYears', () => {
  it('lists every calendar year the period touches', () => {
    expect(activeYears({ start: '2017-10-16', end: '2019-10-15' })).toEqual([2017, 2018, 2019]);
    expect(activeYears({ start: '2018-11-08', end: '2018-11-12' })).toEqual([2018]);
  });

  it('is empty when no date is known or the dates are in the wrong order', () => {
    expect(activeYears({ start: null, end: null })).toEqual([]);
    expect(activeYears({ start: '2020-01-01', end: '2019-01-01' })).toEqual([]);
  });

  it('gives just the known year when one side is missing', () => {
    expect(activeYears({ start: '2018-03-01', end: null })).toEqual([2018]);
    expect(activeYears({ start: null, end: '2020-02-01' })).toEqual([2020]);
  });
});
