// CSV for spreadsheets: quoting, BOM, numbers, formula injection, and the two lists.
import { describe, expect, it } from 'vitest';
import { makeOrganisation, makeProgramme, makeProject } from '../test/factories';
import { csvCell, eventsToCsv, projectsToCsv, toCsv } from './csv';
import type { MobilityEvent } from './schema';

describe('cells', () => {
  it.each([
    ['plain', 'plain'],
    ['Daugavpils, LV', '"Daugavpils, LV"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
    [null, ''],
  ])('quotes by RFC 4180 (commas, quotes and line breaks): %j is written %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('neutralises formulas with a leading apostrophe, numbers left alone', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(1234.56)).toBe('1234.56');
  });

  it('writes a BOM, a header and CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'ā']])).toBe('\uFEFFa,b\r\n1,ā\r\n');
  });

  it('quotes what needs quoting, semicolons too, leaves unknown cells empty and defuses formulas', () => {
    expect(toCsv(['Project', 'EU (EUR)'], [['Our "Cities", Pairing', null], ['=HYPERLINK()', 1500], ['Daugavpils\nLV', 0], ['Riga; Jelgava', 2]])).toBe(
      '\uFEFFProject,EU (EUR)\r\n"Our ""Cities"", Pairing",\r\n\'=HYPERLINK(),1500\r\n"Daugavpils\nLV",0\r\n"Riga; Jelgava",2\r\n',
    );
  });
});

describe('projects list', () => {
  it('one row per project in the given order, amounts in euros, unknown empty', () => {
    const organisationsById = new Map([['org-1', makeOrganisation()]]);
    const programmesById = new Map([['prog-1', makeProgramme()]]);
    const projects = [
      makeProject({ id: 'p-2', acronym: '=cmd', budget: { ...makeProject().budget, councilBudget: 416000, euCofinancing: 150050 } }),
      makeProject({ id: 'p-1', acronym: 'SOLID' }),
    ];
    const csv = projectsToCsv(projects, { language: 'lv', today: '2019-01-01', organisationsById, programmesById, heading: (c) => c.toUpperCase() });
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('ID,ACRONYM,TITLELV,TITLEEN,COUNCILROLE,PROGRAMME,LEADPARTNER,PARTNERS,COUNTRIES,START,END,STATUS,TOTALBUDGET,COUNCILBUDGET,EUCOFINANCING,COUNCILCOFINANCING,PREFINANCINGTOTAL,EVENTS');
    expect(lines[1]).toBe("p-2,'=cmd,Testa projekts,Test project,partner,Eiropa pilsoņiem,Magdeburga,1,DE,2018-01-01,2019-06-30,ongoing,,4160,1500.5,,,0");
    expect(lines[2]?.startsWith('p-1,SOLID,')).toBe(true);
    expect(lines).toHaveLength(4); // header, two rows, and the empty string after the last CRLF
  });
});

describe('events list', () => {
  const event = (overrides: Partial<MobilityEvent>): MobilityEvent => ({
    id: 'e-1',
    order: 1,
    kind: 'meeting',
    title: { lv: 'Sanāksme', en: 'Meeting' },
    hostCity: 'Kaunas',
    hostCityLv: 'Kauņa',
    hostCountry: 'LT',
    placeAsWritten: 'Kauņa, Septembris',
    date: { precision: 'month', month: '2018-09' },
    direction: 'outgoing',
    representatives: null,
    notes: { lv: '', en: '' },
    ...overrides,
  });

  it('keeps date precision and leaves unknowns empty', () => {
    const project = makeProject({ id: 'p-1', acronym: 'DeCoDe' });
    const csv = eventsToCsv(
      [
        { project, event: event({}) },
        { project, event: event({ id: 'e-2', date: { precision: 'day', start: '2018-11-08', end: '2018-11-12' }, direction: 'hosted', representatives: 3 }) },
        { project, event: event({ id: 'e-3', date: { precision: 'unknown' }, title: { lv: '-', en: '' } }) },
      ],
      { language: 'en' },
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('projectId,projectAcronym,projectTitle,eventId,order,kind,title,datePrecision,dateStart,dateEnd,hostCity,hostCountry,placeAsWritten,direction,representatives');
    expect(lines[1]).toBe('p-1,DeCoDe,Test project,e-1,1,meeting,Meeting,month,2018-09,,Kaunas,LT,"Kauņa, Septembris",outgoing,');
    expect(lines[2]).toBe('p-1,DeCoDe,Test project,e-2,1,meeting,Meeting,day,2018-11-08,2018-11-12,Kaunas,LT,"Kauņa, Septembris",hosted,3');
    expect(lines[3]).toBe("p-1,DeCoDe,Test project,e-3,1,meeting,'-,unknown,,,Kaunas,LT,\"Kauņa, Septembris\",outgoing,");
  });
});
