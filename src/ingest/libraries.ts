// The HTML and XML libraries, loaded on first use: a JSON Lines or plain-text ingest, and
// `analyze` of a text file, never need them, and loading linkedom, Readability and
// fast-xml-parser took ~0.2 s at every start of the command line (docs/performance.md).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let linkedom: typeof import('linkedom') | undefined;
let readability: typeof import('@mozilla/readability') | undefined;
let xml: typeof import('fast-xml-parser') | undefined;

export const linkedomLibrary = () => (linkedom ??= require('linkedom') as typeof import('linkedom'));
export const readabilityLibrary = () => (readability ??= require('@mozilla/readability') as typeof import('@mozilla/readability'));
export const xmlLibrary = () => (xml ??= require('fast-xml-parser') as typeof import('fast-xml-parser'));
