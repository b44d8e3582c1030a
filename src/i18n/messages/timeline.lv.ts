// Latvian strings of the timeline screens: every key of timeline.en.ts (the type checker enforces it).
import type { timelineEn } from './timeline.en';

export const timelineLv: Record<keyof typeof timelineEn, string> = {};
