import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { Blob as NodeBlob } from 'node:buffer';
import { configure } from '@testing-library/dom';

// fake-indexeddb copies values with Node's structuredClone, which turns jsdom's Blob into an
// empty object; a browser stores a Blob as it is. Node's own Blob survives the copy, as in a
// browser (the safety backups are stored as Blobs).
globalThis.Blob = NodeBlob as unknown as typeof Blob;

// findBy… waits for a condition; a screen's first render loads its code and reads the whole
// portfolio, which takes longer than the default second on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout, and says so for every scroll: screens scroll to their top on arrival.
if (typeof window !== 'undefined') window.scrollTo = () => undefined;
