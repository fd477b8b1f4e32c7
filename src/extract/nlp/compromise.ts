// compromise, from its single-file build: its ES module source is some 440 files, and loading that
// many modules is most of what starting the extractor costs (each one goes through the TypeScript
// loader's hooks). The build holds the same code and data (the same version of the package).
import { createRequire } from 'node:module';
import type nlpModule from 'compromise';

const nlp = createRequire(import.meta.url)('compromise') as typeof nlpModule;
export default nlp;
