// English strings of the timeline screens. The Latvian file beside this one must have every key.
export const timelineEn = {} as const;
