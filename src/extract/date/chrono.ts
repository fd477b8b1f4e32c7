// chrono-node, from its CommonJS build: its ES module build is some 270 files, each of which would go
// through the TypeScript loader's hooks (on another thread) when the extractor starts; CommonJS files
// are loaded on this one. Both builds are made from the same source.
import { createRequire } from 'node:module';
import type * as chronoModule from 'chrono-node';

export const chrono = createRequire(import.meta.url)('chrono-node') as typeof chronoModule;
export type ParsedResult = chronoModule.ParsedResult;
