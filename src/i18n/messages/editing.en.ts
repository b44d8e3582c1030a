// English strings of the editing screens. The Latvian file beside this one must have every key.
export const editingEn = {} as const;
