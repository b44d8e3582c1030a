// Types of nginx-serve.mjs, for the TypeScript tests.
export declare const SITE_CONFIG: string;
export declare function findNginx(): string | null;
export declare function ensureNginx(): { ok: true; path: string } | { ok: false; message: string };
export declare function siteForTest(config: string, options: { port: number; dist: string; couchdb?: string }): string;
export declare function startNginx(options: { port: number; dist: string; couchdb?: string; nginx?: string }): { stop: () => void; port: number; prefix: string };
