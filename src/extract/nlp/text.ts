// Small text helpers shared by the extractors: folding accents and case, and name keys.

/** Lower case without accents: "Türk" → "turk". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** How many letters carry an accent or are outside ASCII: the "more correctly accented" form has more. */
export function accentCount(text: string): number {
  let n = 0;
  for (const ch of text.normalize('NFC')) if (/\p{L}/u.test(ch) && ch.charCodeAt(0) > 127) n++;
  return n;
}

/** A name reduced for comparison: folded, dots of acronyms dropped, apostrophes and hyphens as spaces,
 * a leading "the" and a trailing possessive removed. "the U.N.’s" → "un". */
export function nameKey(text: string): string {
  return fold(text)
    .replace(/(\p{L})\.(?=\p{L}|\s|$)/gu, '$1')
    .replace(/['’`]s\b/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The words of a name, as name keys. */
export function nameWords(text: string): string[] {
  const k = nameKey(text);
  return k ? k.split(' ') : [];
}
