// PouchDB ships no types of its own; pouch.ts types the part the app uses.
declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}
