// The draft project read from a page, handed from the Import screen to the project form. It is
// kept for this tab only (sessionStorage), so a reload of the form keeps it, and it is checked
// with the project schema when read back, as anything read from storage is.
import { projectSchema, type Project } from '../domain/schema';

const KEY = 'eu-portfolio.importDraft';

/** Where the form opens the draft. */
export const DRAFT_FORM_PATH = '/projects/new?draft=page';

let kept: Project | null = null;

export function keepImportDraft(draft: Project): void {
  kept = draft;
  try {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the draft still opens from memory.
  }
}

/**
 * The draft, or null. A draft with a value the form would refuse (an end before a start) still
 * opens, so the person sees the form's message on that field; one of another shape does not.
 */
export function readImportDraft(): Project | null {
  if (kept) return kept;
  try {
    const text = globalThis.sessionStorage?.getItem(KEY);
    if (!text) return null;
    const parsed = projectSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    return parsed.error.issues.every((issue) => issue.code === 'custom') ? (JSON.parse(text) as Project) : null;
  } catch {
    return null;
  }
}

/** After the project is saved (or the draft replaced): forget it. */
export function dropImportDraft(): void {
  kept = null;
  try {
    globalThis.sessionStorage?.removeItem(KEY);
  } catch {
    // Nothing to do.
  }
}
