import { decodeEntities, fold, htmlToText, looksLikeHtml, normaliseText, splitLines } from './text';

describe('normaliseText', () => {
  it('makes line ends LF and odd spaces plain, keeping every word in place', () => {
    expect(normaliseText('a\r\nb\rc\u00A0d\u202Fe\u2009f')).toBe('a\nb\nc d e f');
  });
});

describe('fold', () => {
  it('lowers case and drops diacritics, one character for each', () => {
    for (const [text, folded] of [['Pēdējo', 'pedejo'], ['ŠOBRĪD', 'sobrid'], ['Łódź', 'lodz'], ['Vänersborg', 'vanersborg'], ['İzmir', 'izmir']] as const) {
      expect(fold(text)).toBe(folded);
      expect(fold(text)).toHaveLength(text.length);
    }
  });
});

describe('splitLines', () => {
  it('gives each line trimmed, with where it stands', () => {
    const text = 'a\n\t  Projekta partneri:  \n';
    const [, line] = splitLines(text);
    expect(line).toEqual({ text: 'Projekta partneri:', start: 5, end: 23 });
    expect(line && text.slice(line.start, line.end)).toBe('Projekta partneri:');
  });
});

describe('looksLikeHtml', () => {
  it('tells HTML from text', () => {
    expect([looksLikeHtml('<p>Projekta partneri:</p>'), looksLikeHtml('<div class="x">a</div>'), looksLikeHtml('Summa < 5 un > 3'), looksLikeHtml('Projekta partneri:')]).toEqual([true, true, false, false]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numbered entities, and leaves unknown ones', () => {
    expect(decodeEntities('a&nbsp;&amp;&ndash;&#8211;&#x2013;&euro;&bogus;')).toBe('a &–––€&bogus;');
  });
});

describe('htmlToText', () => {
  it('turns blocks, line breaks and list items into lines, and drops scripts and styles', () => {
    const html = `<html><head><title>x</title><style>p{color:red}</style></head><body>
      <h2>Projekta partneri:</h2><ol><li>Kauņa, Lietuva;</li><li>Lodza,&nbsp;Polija;</li></ol>
      <p>Projekta kopējais budžets sastāda 90&nbsp;000&nbsp;EUR<br>Avanss 40% &ndash; 36 000 EUR</p>
      <script>alert("x")</script><!-- a comment --></body></html>`;
    expect(htmlToText(html)).toBe(
      ['Projekta partneri:', '', '- Kauņa, Lietuva;', '', '- Lodza, Polija;', '', 'Projekta kopējais budžets sastāda 90 000 EUR', 'Avanss 40% – 36 000 EUR'].join('\n'),
    );
  });

  it('separates table cells with tabs', () => {
    expect(htmlToText('<table><tr><td>Projekta īstenošanas termiņš:</td><td>01/03/2018 - 01/02/2020</td></tr></table>')).toBe('Projekta īstenošanas termiņš:\t01/03/2018 - 01/02/2020');
  });
});
