// The XLSX writer's zip runs on the main thread: it answers before returning (so no Worker, which
// the Content-Security-Policy would refuse, is ever started) and the archive reads back whole,
// for files past fflate's 160 kB Worker threshold too.
import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync } from 'fflate';
import { zip } from '../../src/lib/zipWithoutWorkers';

describe('zip without workers', () => {
  it('zips a file larger than 160 kB synchronously, and it unzips to the same bytes', () => {
    const sheet = strToU8('<row><c t="s"><v>Daugavpils valstspilsētas pašvaldība</v></c></row>'.repeat(10_000));
    expect(sheet.length).toBeGreaterThan(160_000);
    let archive: Uint8Array | null = null;
    zip({ 'xl/worksheets/sheet1.xml': sheet, 'xl/styles.xml': strToU8('<styleSheet/>') }, (error, data) => {
      expect(error).toBeNull();
      archive = data;
    });
    expect(archive).not.toBeNull();
    const files = unzipSync(archive!);
    expect(files['xl/worksheets/sheet1.xml']).toEqual(sheet);
    expect(new TextDecoder().decode(files['xl/styles.xml'])).toBe('<styleSheet/>');
  });
});
