// The ingest stage: turns a seed file's bytes into a SeedDocument (decoded, repaired text and
// validated front matter), or a one-line problem saying why the file cannot be used.
import { createHash } from 'node:crypto';
import he from 'he';
import type { IngestResult, SeedFile } from '../types.ts';
import { decodeSeedBytes } from './decode.ts';
import { splitFrontMatter } from './frontMatter.ts';
import { repairMojibake } from './mojibake.ts';

export { isRealDate } from './frontMatter.ts';

/** Seeds larger than this are refused: no real article comes near it. */
export const MAX_SEED_BYTES = 64 * 1024 * 1024;

const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** File endings read as seeds, and the format of each. */
export const SEED_FORMATS: Record<string, 'text' | 'markdown'> = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown' };

export function seedFormat(file: string): 'text' | 'markdown' | null {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? null : (SEED_FORMATS[file.slice(dot).toLowerCase()] ?? null);
}

export function ingestSeed(seed: SeedFile): IngestResult {
  const fail = (problem: string): IngestResult => ({ ok: false, problem: { file: seed.file, problem } });
  const format = seedFormat(seed.file);
  if (!format) return fail('not a seed file (only .txt and .md files are read)');
  if (seed.bytes.byteLength === 0) return fail('empty file');
  if (seed.bytes.byteLength > MAX_SEED_BYTES) {
    return fail(`file is too large (${(seed.bytes.byteLength / 1048576).toFixed(0)} MiB; the limit is ${MAX_SEED_BYTES / 1048576} MiB)`);
  }

  const decoded = decodeSeedBytes(seed.bytes);
  if (!decoded.ok) return fail(decoded.problem);

  const repairs: string[] = [];
  let text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fail('the file holds only white space');

  const mojibake = repairMojibake(text);
  if (mojibake.codePage) {
    text = mojibake.text;
    repairs.push(`mojibake: ${mojibake.repaired} characters read back from ${mojibake.codePage}`);
  }

  const split = splitFrontMatter(text);
  if (!split.ok) return fail(split.problem);
  text = split.body;
  const unescaped = text.replace(/\\+(?=["'“”‘’«»„])/g, '');
  if (unescaped !== text) {
    repairs.push('stray backslashes before quotation marks removed');
    text = unescaped;
  }
  // "Jos&#233;", "&pound;5": character references left over from a page's HTML, in a plain-text seed
  // (Markdown reads its own). Only whole references ending in ";" are read, so "AT&T" and "R&D" stay.
  if (format === 'text') {
    const decoded = text.replace(CHARACTER_REFERENCE, (reference) => he.decode(reference));
    if (decoded !== text) {
      repairs.push('HTML character references decoded');
      text = decoded;
    }
  }
  // A stray control character (NUL, escape codes) is never text, and has no place in a page.
  const printable = text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '');
  if (printable !== text) {
    repairs.push('control characters removed');
    text = printable;
  }
  text = text.normalize('NFC');
  if (text.trim() === '') return fail('no article text after the front matter');

  return {
    ok: true,
    document: {
      file: seed.file,
      hash: createHash('sha256').update(seed.bytes).digest('hex'),
      format,
      encoding: decoded.encoding,
      frontMatter: split.frontMatter,
      text,
      repairs,
      warnings: split.warnings,
    },
  };
}
