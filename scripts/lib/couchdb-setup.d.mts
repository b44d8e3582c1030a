// Types of couchdb-setup.mjs, for the TypeScript tests.
export declare const DATABASE: 'eu-portfolio';
export declare const ROLES: Readonly<{ reader: 'portfolio-reader'; editor: 'portfolio-editor'; admin: 'portfolio-admin' }>;
export declare const SECURITY: Readonly<{ admins: { names: string[]; roles: string[] }; members: { names: string[]; roles: string[] } }>;
export declare const DESIGN_DOC_ID: '_design/portfolio-access';
export declare const VALIDATE_DOC_UPDATE: string;
export declare const DESIGN_DOC: Readonly<{ _id: string; language: 'javascript'; validate_doc_update: string }>;
export declare class CouchSetupError extends Error {}
export interface SetupUser {
  name: string;
  password?: string;
  roles: string[];
}
export interface SetupStep {
  item: string;
  action: 'created' | 'updated' | 'unchanged';
  detail?: string;
}
export interface SetupReport {
  steps: SetupStep[];
  changed: boolean;
}
export declare function setupCouchDB(options: { url: string; admin: { name: string; password: string }; users?: SetupUser[]; database?: string }): Promise<SetupReport>;
export declare function describeSteps(steps: SetupStep[]): string[];
export declare function checkUser(user: SetupUser): void;
export declare function basicAuth(name: string, password: string): string;
