// Types of sync-server.mjs, for the TypeScript tests.
import type { SetupReport } from './couchdb-setup.mjs';

export interface DevUser {
  name: string;
  password: string;
  roles: string[];
}
export interface SyncServer {
  /** http://127.0.0.1:<port>, no trailing slash */
  url: string;
  admin: { name: string; password: string };
  users: DevUser[];
  report: SetupReport;
  startupMs: number;
  /** the last lines pouchdb-server printed */
  output: () => string;
  stop: () => Promise<void>;
}
export declare const DEFAULT_PORT: 5984;
export declare const HOST: '127.0.0.1';
export declare const DEV_DEFAULTS: Readonly<{ adminName: string; adminPassword: string; editorPassword: string; readerPassword: string }>;
export declare function devUsers(env?: Record<string, string | undefined>): DevUser[];
export declare function freePort(): Promise<number>;
export declare function startSyncServer(options?: { port?: number; users?: DevUser[]; adminPassword?: string; onLog?: (line: string) => void }): Promise<SyncServer>;
