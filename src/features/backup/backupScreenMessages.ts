// The Backup screen's own messages, loaded with the screen rather than in the first download.
import { backupScreenEn } from '../../i18n/messages/backupScreen.en';
import { backupScreenLv } from '../../i18n/messages/backupScreen.lv';
import { scopedTranslator, useScopedMessages, type ScopedTranslate } from '../../i18n/scoped';
import type { Language } from '../../domain/schema';

export type BackupScreenTranslate = ScopedTranslate<typeof backupScreenEn>;

export const useBackupScreenMessages = (): BackupScreenTranslate => useScopedMessages(backupScreenEn, backupScreenLv);

/** The same messages outside React (tests, plain functions). */
export const backupScreenTranslator = (lang: Language): BackupScreenTranslate => scopedTranslator(backupScreenEn, backupScreenLv, lang);
