// The report's scope in words, in both languages.
import { describe, expect, it } from 'vitest';
import { fullScope } from '../../domain/dashboard/scope';
import { reportEn } from '../../i18n/messages/report.en';
import { reportLv } from '../../i18n/messages/report.lv';
import { scopedTranslator } from '../../i18n/scoped';
import { scopeInWords } from './scopeInWords';

const en = scopedTranslator(reportEn, reportLv, 'en');
const lv = scopedTranslator(reportEn, reportLv, 'lv');
const names = (id: string) => ({ 'prog-efc': 'Europe for Citizens' })[id] ?? id;

describe('scopeInWords', () => {
  it('says "All projects" for the whole portfolio', () => {
    expect(scopeInWords(fullScope, en, names)).toBe('All projects');
    expect(scopeInWords(fullScope, lv, names)).toBe('Visi projekti');
  });

  it('names status, role, programme and year', () => {
    const scope = { status: ['completed' as const], role: ['lead' as const], programmeId: ['prog-efc'], year: 2019 };
    expect(scopeInWords(scope, en, names)).toBe('Completed projects where the council is lead partner, programme “Europe for Citizens”, active in 2019');
    expect(scopeInWords(scope, lv, names)).toBe('Pabeigtie projekti, kuros dome ir vadošais partneris, programma “Europe for Citizens”, aktīvi 2019. gadā');
  });

  it('says "Projects" when no single status is chosen', () => {
    expect(scopeInWords({ ...fullScope, year: 2018 }, en, names)).toBe('Projects, active in 2018');
    expect(scopeInWords({ ...fullScope, role: ['partner'] }, lv, names)).toBe('Projekti, kuros dome ir partneris');
  });
});
