// records.json: the archive's machine-readable twin, in the shape CONTRACT.md documents.
import type { Archive } from '../types.ts';

/** Serialises the archive as records.json. Stable key order and formatting, so unchanged archives give identical bytes. */
export function serializeRecords(archive: Archive): string {
  return [...recordsChunks(archive)].join('');
}

/**
 * The bytes of `serializeRecords` (`JSON.stringify(archive, null, 2)` and a newline), one article or
 * entity at a time: a big archive's records are written or hashed without ever being one string.
 */
export function* recordsChunks(archive: Archive): Generator<string> {
  const entries = Object.entries(archive).filter(([, value]) => value !== undefined && typeof value !== 'function');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [n, [key, value]] of entries.entries()) {
    const comma = n < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (let i = 0; i < value.length; i++) yield `${itemText(value[i])}${i < value.length - 1 ? ',' : ''}\n`;
      yield `  ]${comma}\n`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ').trimStart()}${comma}\n`;
    }
  }
  yield '}\n';
}

/**
 * An item of a top-level list as `JSON.stringify(archive, null, 2)` writes it, four spaces in. Stringified
 * two lists deep, it comes out already indented, between a fixed "[\n  [\n" and "\n  ]\n]": cutting
 * those off costs less than shifting every line of it (it halved the time records.json took).
 */
function itemText(item: unknown): string {
  return JSON.stringify([[item]], null, 2).slice(6, -6);
}

/** Every line of a JSON text shifted right (strings in JSON hold no raw line breaks). */
function indent(json: string, by: string): string {
  return by + json.replaceAll('\n', `\n${by}`);
}
