// Small text helpers shared by the extractors: folding accents and case, and name keys.

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without accents: "Mäkelä" → "makela". */
export function fold(text: string): string {
  // Plain ASCII has nothing to decompose and no accents: only the case changes (the common case, made cheap).
  if (ASCII.test(text)) return text.toLowerCase();
  return foldAccents(text);
}

/** A pure function of a string, remembered: the same words and names come back in every article.
 * The memory is emptied when it grows past `size` entries, so a huge archive cannot fill memory. */
export function remembered<T>(f: (text: string) => T, size = 50_000): (text: string) => T {
  const memory = new Map<string, T>();
  return (text) => {
    let value = memory.get(text);
    if (value === undefined) {
      if (memory.size >= size) memory.clear();
      value = f(text);
      memory.set(text, value);
    }
    return value;
  };
}

const foldAccents = remembered((text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());

/** How many letters carry an accent or are outside ASCII: the "more correctly accented" form has more. */
export function accentCount(text: string): number {
  let n = 0;
  for (const ch of text.normalize('NFC')) if (/\p{L}/u.test(ch) && ch.charCodeAt(0) > 127) n++;
  return n;
}

/** A name reduced for comparison: folded, dots of acronyms dropped, apostrophes and hyphens as spaces,
 * a leading "the" and a trailing possessive removed. "the U.N.’s" → "un". */
export const nameKey = remembered((text: string): string =>
  fold(text)
    .replace(/(\p{L})\.(?=\p{L}|\s|$)/gu, '$1')
    .replace(/['’`]s\b/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim()
    .replace(/^the /, ''),
);

/** The words of a name, as name keys. */
export function nameWords(text: string): string[] {
  const k = nameKey(text);
  return k ? k.split(' ') : [];
}
