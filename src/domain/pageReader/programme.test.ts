import { readProgramme } from './programme';
import { readSections } from './sections';

const programme = (text: string) => {
  const found = readProgramme(readSections(text).sections);
  return found && [found.name, found.strand, found.measure, found.unsure];
};

describe('readProgramme', () => {
  it('reads programme, strand and measure', () => {
    expect(programme('Finansēšanas avots:\nEiropas Savienības “Eiropa pilsoņiem”programmas 2.sadaļa Demokrātiskā iesaistīšanās un sabiedriskā līdzdalība, apakšpasākums “Pašvaldību tīklojumi”')).toEqual([
      'Eiropa pilsoņiem', '2.sadaļa Demokrātiskā iesaistīšanās un sabiedriskā līdzdalība', 'Pašvaldību tīklojumi', false,
    ]);
  });
  it('reads a programme alone, before the money said beside it', () => {
    expect(programme('Finansēšanas avots:\nEiropas Savienības „Eiropa pilsoņiem” programmas finansējums\n(avanss 40% jeb 3920,00 EUR)')).toEqual(['Eiropa pilsoņiem', '', '', false]);
  });
  it('reads a name without quotes over two lines, and marks it', () => {
    expect(programme('Finansēšanas avots:\nTown Twinning Action between Turkey and the EU\nGrant Scheme (TTGS) – programmu finansē ES un Turcijas Republika')).toEqual([
      'Town Twinning Action between Turkey and the EU Grant Scheme (TTGS)', '', '', true,
    ]);
  });
  it('reads English', () => {
    expect(programme('Funding source: “Europe for Citizens” programme, Strand 2: Democratic engagement, measure “Town Twinning”')).toEqual(['Europe for Citizens', 'Strand 2: Democratic engagement', 'Town Twinning', false]);
  });
  it('is null without a funding section', () => {
    expect(programme('Projekta partneri:\n1. Kauņa, Lietuva')).toBeNull();
  });
});
