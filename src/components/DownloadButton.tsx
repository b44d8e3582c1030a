// Save a generated file the browser downloads (a backup, a CSV, an XLSX). The content is made
// only when the button is pressed, so a large file costs nothing until it is wanted.
import { useState } from 'react';

export type DownloadFile = { name: string; content: string | Blob; type: string };

/** Hand a file to the browser's download (an object URL on a temporary link): the one way the app saves a file. */
export function saveFile({ name, content, type }: DownloadFile): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type Props = {
  label: string;
  /** A longer name for screen readers, when the visible label is short. */
  accessibleName?: string;
  busyLabel?: string;
  className?: string;
  disabled?: boolean;
  makeFile: () => DownloadFile | Promise<DownloadFile>;
  onSaved?: (file: DownloadFile) => void;
  onError?: (error: unknown) => void;
};

export function DownloadButton({ label, accessibleName, busyLabel, className, disabled, makeFile, onSaved, onError }: Props) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await makeFile();
      saveFile(file);
      onSaved?.(file);
    } catch (error) {
      onError?.(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className={className} aria-label={accessibleName} disabled={disabled || busy} aria-busy={busy} onClick={() => void run()}>
      {busy && busyLabel ? busyLabel : label}
    </button>
  );
}
