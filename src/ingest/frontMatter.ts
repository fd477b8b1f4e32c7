// Splits YAML front matter from a seed's text through gray-matter, reading only the keys the build
// understands, with the types it expects. Front matter in any other language is refused, never run.
import matter from 'gray-matter';
import { isAlias, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { FrontMatter } from '../types.ts';

export type FrontMatterResult =
  | { ok: true; frontMatter: FrontMatter; body: string; warnings: string[] }
  | { ok: false; problem: string };

const TEXT_KEYS = ['title', 'source', 'url', 'author', 'slug'] as const;
const LIST_KEYS = ['people', 'organisations', 'tags'] as const;
const MAX_VALUE_LENGTH = 1000;
const MAX_LIST_LENGTH = 500;

class FrontMatterError extends Error {}

/** Thrown by the engines that gray-matter would otherwise use to evaluate code. */
function refuse(language: string) {
  return () => {
    throw new FrontMatterError(`front matter in ${language} is refused: only YAML front matter is read, and none is ever run`);
  };
}

export function splitFrontMatter(text: string): FrontMatterResult {
  if (!text.startsWith('---')) return { ok: true, frontMatter: {}, body: text, warnings: [] };
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  if (/^-{4,}\s*$/.test(firstLine)) return { ok: true, frontMatter: {}, body: text, warnings: [] }; // a rule, not front matter
  const language = firstLine.slice(3).trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return { ok: false, problem: `front matter in ${JSON.stringify(language.slice(0, 40))} is refused: only YAML front matter is read, and none is ever run` };
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(firstLine.length))) {
    return { ok: false, problem: 'front matter opened with --- is never closed by a --- line' };
  }

  const warnings: string[] = [];
  let frontMatter: FrontMatter = {};
  try {
    const file = matter(text, {
      language: 'yaml',
      engines: {
        yaml: (source: string) => readYaml(source, warnings),
        javascript: refuse('JavaScript'),
        coffee: refuse('CoffeeScript'),
        json: refuse('JSON'),
      },
    });
    frontMatter = (file.data ?? {}) as FrontMatter;
    return { ok: true, frontMatter, body: file.content, warnings };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof FrontMatterError) return { ok: false, problem: message };
    return { ok: false, problem: `front matter does not parse: ${firstLineOf(message)}` };
  }
}

/** Reads the known keys of a YAML block without ever expanding the whole document (alias bombs stay shut). */
function readYaml(source: string, warnings: string[]): FrontMatter {
  const doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false, strict: false });
  if (doc.errors.length > 0) throw new FrontMatterError(`front matter does not parse: ${firstLineOf(doc.errors[0]!.message)}`);
  if (doc.contents === null) return {};
  if (!('items' in doc.contents) || isSeq(doc.contents)) throw new FrontMatterError('front matter does not parse: it is not a list of "key: value" lines');

  const out: FrontMatter = {};
  for (const key of TEXT_KEYS) {
    const value = scalarText(doc, doc.get(key, true) as Node | undefined);
    if (value === undefined) continue;
    if (value === null) warnings.push(`front-matter "${key}" is not text; ignored`);
    else if (value) out[key] = value;
  }
  for (const key of LIST_KEYS) {
    const node = resolve(doc, doc.get(key, true) as Node | undefined);
    if (node === undefined) continue;
    const items = isSeq(node) ? node.items.slice(0, MAX_LIST_LENGTH) : [node];
    const values = items.map((item) => scalarText(doc, item as Node));
    if (values.some((v) => v === null)) warnings.push(`front-matter "${key}" holds something other than names; those entries are ignored`);
    const list = [...new Set(values.filter((v): v is string => !!v))];
    if (list.length) out[key] = list;
  }

  const date = scalarText(doc, doc.get('date', true) as Node | undefined);
  if (date) {
    if (isRealDate(date)) out.date = date;
    else warnings.push(`front-matter date "${date.slice(0, 40)}" is not a real YYYY-MM-DD, YYYY-MM or YYYY date; the date is inferred from the text instead`);
  }
  if (out.url && !isWebAddress(out.url)) {
    warnings.push(`front-matter url "${out.url.slice(0, 80)}" is not an http(s) address; ignored`);
    delete out.url;
  }
  return out;
}

function resolve(doc: Document, node: Node | undefined): Node | undefined {
  let current: unknown = node;
  for (let hops = 0; isAlias(current) && hops < 10; hops++) current = current.resolve(doc);
  return current as Node | undefined;
}

/** The text of a scalar (numbers and dates become text), undefined when absent, null when not a scalar. */
function scalarText(doc: Document, node: Node | undefined): string | null | undefined {
  const resolved = resolve(doc, node);
  if (resolved === undefined || resolved === null) return undefined;
  if (!isScalar(resolved)) return null;
  const value = resolved.value;
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return null;
  return String(value).replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE_LENGTH);
}

export function isRealDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function firstLineOf(message: string): string {
  return message.split('\n')[0]!.trim().slice(0, 200);
}
