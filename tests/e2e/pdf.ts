// The page as an A4 PDF, read back as text with pdftotext (Debian's poppler-utils, which
// `npm test` installs when missing). For the print-ready reports: what a manager's PDF holds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';

export type PdfText = { text: string; pages: number; bytes: Buffer };

/** Prints the page as the browser's "Save as PDF" would (A4, the page's print CSS) and reads its text. */
export async function printToPdf(page: Page, options: { save?: string } = {}): Promise<PdfText> {
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: null });
  const dir = mkdtempSync(path.join(tmpdir(), 'report-pdf-'));
  try {
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, bytes);
    if (options.save) writeFileSync(options.save, bytes);
    // -layout keeps a table row on one line; text stays UTF-8 (Latvian letters intact).
    const text = execFileSync(process.env.PDFTOTEXT_PATH ?? 'pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((part) => part.trim() !== '').length;
    return { text, pages, bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Collapses runs of spaces (pdftotext's layout) so figures can be found as "111 380 €". */
export const squeeze = (text: string): string => text.replace(/[ \u00a0\u202f]+/g, ' ');
