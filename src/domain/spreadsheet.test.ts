// The spreadsheet table's two outputs: the CSV convention per language, and the XLSX cell model
// (types, number and date formats, the frozen header, widths, the sheet name).
import { describe, expect, it } from 'vitest';
import { makeOrganisation, makeProgramme, makeProject } from '../test/factories';
import { eventsTable, projectsTable, projectsToCsv, tableToCsv } from './csv';
import { COMMA_CSV, MONEY_FORMAT, SEMICOLON_CSV, TEXT_FORMAT, csvConventionFor, sheetName, xlsxSheet, type SheetTable } from './spreadsheet';

const table: SheetTable = {
  columns: [
    { header: 'Projekts', kind: 'text' },
    { header: 'ES līdzfinansējums, EUR', kind: 'money' },
    { header: 'Pasākumi', kind: 'count' },
    { header: 'Sākums', kind: 'date' },
  ],
  rows: [
    ['Daugavpils valstspilsētas pašvaldība; sadraudzība', 21500.5, 3, '2018-03-15'],
    ['=HYPERLINK("http://x")', null, null, '2019-09'],
    ['', 0, 0, null],
  ],
};

describe('CSV convention', () => {
  it('is semicolon and decimal comma in Latvian, comma and decimal point in English', () => {
    expect(csvConventionFor('lv')).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvConventionFor('en')).toEqual({ delimiter: ',', decimal: '.' });
  });

  it('writes a Latvian CSV with ; between fields and , in amounts, quoting text that holds a ; or a ,', () => {
    expect(tableToCsv(table, SEMICOLON_CSV)).toBe(
      '\uFEFFProjekts;"ES līdzfinansējums, EUR";Pasākumi;Sākums\r\n' +
        '"Daugavpils valstspilsētas pašvaldība; sadraudzība";21500,5;3;2018-03-15\r\n' +
        '"\'=HYPERLINK(""http://x"")";;;2019-09\r\n' +
        ';0;0;\r\n',
    );
  });

  it('writes an English CSV with , between fields and . in amounts, quoting text that holds a ,', () => {
    expect(tableToCsv(table, COMMA_CSV)).toBe(
      '\uFEFFProjekts,"ES līdzfinansējums, EUR",Pasākumi,Sākums\r\n' +
        '"Daugavpils valstspilsētas pašvaldība; sadraudzība",21500.5,3,2018-03-15\r\n' +
        '"\'=HYPERLINK(""http://x"")",,,2019-09\r\n' +
        ',0,0,\r\n',
    );
  });

  it('gives the projects CSV the convention asked for', () => {
    const project = makeProject({ id: 'p1', acronym: 'WIR', budget: { ...makeProject().budget, totalBudget: 150_050 } });
    const context = { language: 'lv' as const, today: '2026-01-01', organisationsById: new Map(), programmesById: new Map() };
    const [header, row] = projectsToCsv([project], context, csvConventionFor('lv')).slice(1).split('\r\n');
    expect(header?.split(';')).toHaveLength(18);
    expect(row?.split(';')[12]).toBe('1500,5');
  });
});

describe('XLSX cells', () => {
  const sheet = xlsxSheet(table, { name: 'Projekti', language: 'lv' });

  it('has a bold-marked header row of text in the UI language, frozen', () => {
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.rows[0]).toEqual([
      { type: 'text', value: 'Projekts', header: true },
      { type: 'text', value: 'ES līdzfinansējums, EUR', header: true },
      { type: 'text', value: 'Pasākumi', header: true },
      { type: 'text', value: 'Sākums', header: true },
    ]);
  });

  it('writes amounts as numbers in the euro format, counts as whole numbers, dates as dates', () => {
    const [text, money, count, date] = sheet.rows[1]!;
    expect(text).toEqual({ type: 'text', value: 'Daugavpils valstspilsētas pašvaldība; sadraudzība' });
    expect(money).toEqual({ type: 'number', value: 21500.5, format: MONEY_FORMAT });
    expect(MONEY_FORMAT).toBe('#,##0.00 "€"');
    expect(count).toEqual({ type: 'number', value: 3, format: '0' });
    expect(date).toEqual({ type: 'date', value: new Date(Date.UTC(2018, 2, 15)), format: 'dd.mm.yyyy' });
  });

  it('writes a month as the month’s first day shown as a month, and English dates as ISO', () => {
    expect(sheet.rows[2]![3]).toEqual({ type: 'date', value: new Date(Date.UTC(2019, 8, 1)), format: 'mm.yyyy' });
    const english = xlsxSheet(table, { name: 'Projects', language: 'en' });
    expect(english.rows[1]![3]).toEqual({ type: 'date', value: new Date(Date.UTC(2018, 2, 15)), format: 'yyyy-mm-dd' });
    expect(english.rows[2]![3]).toEqual({ type: 'date', value: new Date(Date.UTC(2019, 8, 1)), format: 'yyyy-mm' });
  });

  it('leaves unknown values empty, never 0, and keeps a known 0', () => {
    expect(sheet.rows[2]!.slice(1, 3)).toEqual([null, null]);
    expect(sheet.rows[3]).toEqual([null, { type: 'number', value: 0, format: MONEY_FORMAT }, { type: 'number', value: 0, format: '0' }, null]);
  });

  it('keeps formula-like text a text cell, marked as text so editing does not run it', () => {
    expect(sheet.rows[2]![0]).toEqual({ type: 'text', value: '=HYPERLINK("http://x")', format: TEXT_FORMAT });
  });

  it('keeps a date that is not a calendar day as the text written, not another day', () => {
    const odd = xlsxSheet({ columns: [{ header: 'd', kind: 'date' }], rows: [['2018-02-30'], ['soon']] }, { name: 'x', language: 'en' });
    expect(odd.rows.slice(1)).toEqual([[{ type: 'text', value: '2018-02-30' }], [{ type: 'text', value: 'soon' }]]);
  });

  it('sizes columns to their longest content, within bounds', () => {
    const [textWidth, moneyWidth, countWidth, dateWidth] = sheet.widths;
    // The 49 characters of the longest text and 2 of room, capped at 50.
    expect(textWidth).toBe(50);
    // "21 500,50 €" is 11 characters; the header is longer.
    expect(moneyWidth).toBe('ES līdzfinansējums, EUR'.length + 2);
    expect(countWidth).toBe('Pasākumi'.length + 2);
    expect(dateWidth).toBe(12);
    const wide = xlsxSheet({ columns: [{ header: 'a', kind: 'text' }, { header: 'b', kind: 'money' }], rows: [['x'.repeat(500), 1_234_567_890]] }, { name: 'x', language: 'en' });
    expect(wide.widths).toEqual([50, '1 234 567 890,00 €'.length + 2]);
  });

  it('names the sheet within Excel’s rules', () => {
    expect(sheet.name).toBe('Projekti');
    expect(sheetName('Pre-financing: advanced [2018/2019]?')).toBe('Pre-financing advanced 2018 201');
    expect(sheetName('Priekšfinansējums un tā atgūšana pa gadiem')).toHaveLength(31);
    expect(sheetName('*?:')).toBe('Sheet1');
    expect(sheetName("'quoted'")).toBe('quoted');
  });
});

describe('one source of columns', () => {
  it('gives the projects table the CSV columns with their kinds', () => {
    const org = makeOrganisation({ id: 'o1', name: 'Daugavpils City Council', nameLv: 'Daugavpils valstspilsētas pašvaldība', country: 'LV' });
    const programme = makeProgramme({ id: 'pr1' });
    const project = makeProject({
      id: 'p1',
      partners: [{ organisationId: 'o1', role: 'lead', nameAsWritten: null }],
      period: { start: '2018-03-15', end: '2019-02-28', lengthMonths: null },
    });
    const t = projectsTable([project], {
      language: 'lv',
      today: '2026-01-01',
      organisationsById: new Map([['o1', org]]),
      programmesById: new Map([['pr1', programme]]),
    });
    expect(t.columns.map((c) => c.kind)).toEqual(['text', 'text', 'text', 'text', 'text', 'text', 'text', 'count', 'text', 'date', 'date', 'text', 'money', 'money', 'money', 'money', 'money', 'count']);
    expect(t.rows[0]![6]).toBe('Daugavpils valstspilsētas pašvaldība');
    const cells = xlsxSheet(t, { name: 'Projekti', language: 'lv' }).rows[1]!;
    expect(cells[9]).toEqual({ type: 'date', value: new Date(Date.UTC(2018, 2, 15)), format: 'dd.mm.yyyy' });
  });

  it('gives the events table its dates and counts as kinds', () => {
    const t = eventsTable([], { language: 'en' });
    expect(t.columns.filter((c) => c.kind !== 'text').map((c) => c.header)).toEqual(['order', 'dateStart', 'dateEnd', 'representatives']);
  });
});
