// A small backup for the tests of the backup format: two organisations, a programme, two
// projects (one with Latvian letters) and settings that point at them.
import type { BackupData } from '../domain/backup/format';
import { buildBackup, serializeBackup } from '../domain/backup/write';
import { defaultSettings } from '../domain/constants';
import { makeOrganisation, makeProgramme, makeProject } from './factories';

export const at = '2026-01-01T00:00:00.000Z';

export function sampleBackupData(): BackupData {
  return {
    settings: { ...defaultSettings, homeOrganisationId: 'org-1', initialisedAt: at },
    organisations: [makeOrganisation({ id: 'org-1' }), makeOrganisation({ id: 'org-2', name: 'Łódź', nameLv: 'Lodza', country: 'PL' })],
    programmes: [makeProgramme()],
    projects: [
      makeProject({ id: 'p-1', title: { lv: 'Šūnu pētījumi', en: 'Cells' } }),
      makeProject({ id: 'p-2', partners: [{ organisationId: 'org-2', role: 'lead', nameAsWritten: 'Lodza, Polija' }], programmeId: null }),
    ],
    history: [],
  };
}

/** The backup file the app writes for `data`, as text. */
export const backupText = (data = sampleBackupData()) => serializeBackup(buildBackup(data, { exportedAt: at, appVersion: '0.1.0' }));
