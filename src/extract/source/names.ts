// Reading a site's own name out of page furniture when it is not a known outlet: the capitalised
// phrase after "Subscribe to", "©", "Support" and the like, cleaned of company forms.
import words from '../data/source-words.json' with { type: 'json' };

const NOT_NAMES = new Set(words.notNames.map((w) => w.toLowerCase()));
const NOT_FIRST = new Set(words.notFirstWords);
const LEGAL_FORMS = new Set(words.legalForms);
const PARENT_WORDS = new Set(words.parentWords);
const PARENTS = new Set(words.parents.map((w) => w.toLowerCase()));
const PLATFORM_DOMAINS = new Set(words.platformDomains);
const YEARS = /^(?:19|20)\d{2}(?:[-–]?(?:19|20)?\d{2})?$/;
const BUILDERS = new Set(words.builders);

// A name word: starts with a capital or a digit (or is a known lower-case joiner inside a name).
const NAME_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&+\-]*|[\p{Ll}]+[\p{Lu}][\p{L}\p{N}.'’&+\-]*|[\p{Ll}\p{N}-]+(?:\.[\p{Ll}\p{N}-]+)*\.[a-z]{2,}|&)$/u;
const JOINERS = new Set(['of', 'and', '&', 'de', 'del', 'da', 'do', 'dos', 'das', 'la', 'le', 'les', 'du', 'des', 'di', 'der', 'den', 'van', 'von', 'for', 'on', 'the', 'in']);
const MAX_NAME_WORDS = 6;

/** Where a phrase stops being a name: sentence ends, separators, "All rights reserved", credits. */
const NAME_END = /(?<!(?:^|[\s.])\p{Lu})\.(?:\s|$)|[|•·,;:!?()"“”«»[\]{}]|\s[-–—/]\s|\s{2,}|\bAll [Rr]ights\b/u;

export interface NameCandidate {
  name: string;
  /** The name carried a company form (Inc., Media, Group…): likely a parent company. */
  corporate: boolean;
}

/** The name at the start of `text`, if the text starts with one. */
export function leadingName(text: string): NameCandidate | null {
  const cut = text.trimStart().slice(0, 120);
  const end = cut.search(NAME_END);
  const head = (end >= 0 ? cut.slice(0, end) : cut).trim();
  const tokens = head.split(/\s+/).filter(Boolean);
  const taken: string[] = [];
  for (const token of tokens) {
    if (BUILDERS.has(token)) break;
    const isJoiner = JOINERS.has(token.toLowerCase()) && taken.length > 0;
    const isArticle = taken.length === 0 && /^the$/i.test(token);
    if (!isJoiner && !isArticle && !NAME_WORD.test(token)) break;
    taken.push(token);
    if (taken.length >= MAX_NAME_WORDS + 2) break;
  }
  const trailing = (t: string): boolean => JOINERS.has(t.toLowerCase()) || YEARS.test(t);
  while (taken.length > 0 && trailing(taken[taken.length - 1]!)) taken.pop();
  // A group word anywhere in the segment ("India Post Media Pvt. Ltd.") marks a parent company;
  // a bare legal form ("Experience Inc.") is only dropped from the name.
  const segment = cut.split(/(?<!(?:^|[\s.])\p{Lu})\.(?:\s|$)|\||\s[-–—]\s/u)[0] ?? '';
  let corporate = segment.split(/[\s,()]+/).some((w) => PARENT_WORDS.has(w));
  while (taken.length > 1 && (LEGAL_FORMS.has(taken[taken.length - 1]!.replace(/,$/, '')) || PARENT_WORDS.has(taken[taken.length - 1]!))) {
    if (PARENT_WORDS.has(taken[taken.length - 1]!)) corporate = true;
    taken.pop();
  }
  while (taken.length > 0 && trailing(taken[taken.length - 1]!)) taken.pop();
  const real = taken.filter((t) => !/^the$/i.test(t));
  if (real.length === 0 || real.length > MAX_NAME_WORDS) return null;
  const name = taken.join(' ').replace(/[.,'’-]+$/, '').replace(/^the /, 'The ');
  if (!/\p{L}{2}/u.test(name)) return null;
  const first = real[0]!;
  if (NOT_FIRST.has(first) || NOT_FIRST.has(first.charAt(0) + first.slice(1).toLowerCase()) || NOT_NAMES.has(name.toLowerCase()) || NOT_NAMES.has(real.join(' ').toLowerCase())) return null;
  if (PARENTS.has(name.toLowerCase())) corporate = true;
  return { name, corporate };
}

/** Words that mark a company rather than a masthead: parent words only (Network, Media…), not legal forms. */
export function isParentWord(word: string): boolean {
  return PARENT_WORDS.has(word);
}

/** A domain of a platform or service pages print without being it (facebook.com, wordpress.com). */
export function isPlatformDomain(host: string): boolean {
  let h = host.toLowerCase().replace(/^www\d?\./, '');
  while (h.includes('.')) {
    if (PLATFORM_DOMAINS.has(h)) return true;
    h = h.slice(h.indexOf('.') + 1);
  }
  return false;
}

/** Words of theme and web-design credits ("Designed by", "Powered by"). */
export function mentionsBuilder(text: string): boolean {
  return text.split(/\s+/).some((w) => BUILDERS.has(w));
}

/** "Valley Morning Post" for "VMP": a phrase in the text whose initials spell the acronym. */
export function expandAcronym(acronym: string, lines: readonly string[]): string | null {
  if (!/^[\p{Lu}]{2,6}$/u.test(acronym)) return null;
  const counts = new Map<string, number>();
  const phrase = /(?:\b[Tt]he\s+)?(?:[\p{Lu}][\p{L}'’-]+(?:\s+(?:of|and|&|for|de|la)\s+|\s+)){1,5}[\p{Lu}][\p{L}'’-]+/gu;
  for (const line of lines) {
    if (!line.includes(acronym[0]!)) continue;
    for (const m of line.slice(0, 2000).matchAll(phrase)) {
      const ws = m[0].split(/\s+/).filter((w) => /^[\p{Lu}]/u.test(w) && !/^The$/.test(w));
      // Try every run of consecutive capitalised words inside the match.
      for (let i = 0; i + acronym.length <= ws.length; i++) {
        const run = ws.slice(i, i + acronym.length);
        if (run.map((w) => w[0]).join('') === acronym) {
          const name = run.join(' ');
          counts.set(name, (counts.get(name) ?? 0) + 1);
        }
      }
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count];
  return best;
}
