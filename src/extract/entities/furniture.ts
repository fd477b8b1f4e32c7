// Lines of page furniture that name someone without the article speaking of them: a name alone on its
// line (a menu entry, a chart's source), a picture's credit ("A B / Agency"), a byline ("By A B | Desk") and a copyright
// line. A person named only there is no person of the article. (An embedded post's author,
// "— A B (@ab) May 2", is: the article quotes the post.)
import type { Analysis } from '../nlp/analyse.ts';
import type { Mention } from './mentions.ts';

const CALL_TO_READER = /^\s*(?:follow|visit|like|share|subscribe|sign up|join)\b[^.!?]{0,120}\b(?:on|to|our|us|page|for)\b/iu;

const COPYRIGHT = /©|\ball rights reserved\b/iu;
/** Which paragraphs of an article are copyright lines, worked out once per article: an article has many mentions. */
const copyrightLines = new WeakMap<Analysis, boolean[]>();
function isCopyrightLine(a: Analysis, paragraph: number): boolean {
  let lines = copyrightLines.get(a);
  if (!lines) copyrightLines.set(a, (lines = a.paragraphs.map((p) => COPYRIGHT.test(p))));
  return lines[paragraph]!;
}

/** Is this mention in a line of page furniture rather than in the article's prose? */
export function inFurniture(a: Analysis, m: Mention): boolean {
  const first = a.tokens[m.start]!;
  const last = a.tokens[m.end - 1]!;
  const paragraph = a.paragraphs[first.paragraph]!;
  const before = paragraph.slice(0, first.start);
  const after = paragraph.slice(last.end);
  if (isCopyrightLine(a, first.paragraph)) return true;
  // "Follow the desk on Facebook, Twitter and Instagram", "Visit our Facebook page": a call to the reader
  const sentence = a.sentences[first.sentence]!;
  const opening = a.tokens[sentence.start]!;
  if (opening.paragraph === first.paragraph && CALL_TO_READER.test(paragraph.slice(opening.start, last.end)) && last.end - opening.start < 200) return true;
  // alone on its line, at most with marks around it
  if (/^[\s\p{P}\p{S}]*$/u.test(before) && /^(?:['’]s)?[\s\p{P}\p{S}]*$/u.test(after)) return true;
  // "By A B", "By A B and C D |": a byline
  if (/^\s*by\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}(?:and\s+)?$/iu.test(before) && paragraph.length < 160 && !/[.!?]["”’]?\s*$/u.test(paragraph)) return true;
  // "A B / Agency file", "A B/Getty Images": a picture's credit closing a caption
  if (/^\s*\/\s*\p{Lu}[\p{L}.&-]*(?:\s+[\p{L}.&-]+){0,3}\s*$/u.test(after)) return true;
  return false;
}
