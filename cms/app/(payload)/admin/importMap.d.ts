/* Types for the import map that Payload generates (importMap.js): `npm run generate:importmap`. */
import type { ImportMap } from 'payload';

export declare const importMap: ImportMap;
