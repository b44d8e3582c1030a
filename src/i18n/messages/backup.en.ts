// English strings of the backup screens. The Latvian file beside this one must have every key.
export const backupEn = {} as const;
