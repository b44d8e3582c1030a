// Latvian strings of the editing screens: every key of editing.en.ts (the type checker enforces it).
import type { editingEn } from './editing.en';

export const editingLv: Record<keyof typeof editingEn, string> = {};
