// English strings of the dashboard screens. The Latvian file beside this one must have every key.
export const dashboardEn = {} as const;
