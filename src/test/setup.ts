import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { Blob as NodeBlob } from 'node:buffer';

// fake-indexeddb copies values with Node's structuredClone, which turns jsdom's Blob into an
// empty object; a browser stores a Blob as it is. Node's own Blob survives the copy, as in a
// browser (the safety backups are stored as Blobs).
globalThis.Blob = NodeBlob as unknown as typeof Blob;
