// Paragraphs that credit the people who made the article rather than tell its story: an agency's
// credit line ("(Reporting by A B; Editing by C D)") and an author's bio ("A B is a reporter at…",
// "A B covers courts for the Daily Star"). Their names are no people of the article.

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`;
const CREDIT = /^\s*[([]?\s*(?:additional\s+)?(?:reporting|writing|editing|research|compiled|reported|written|edited|produced)(?:\s+\w+){0,2}\s+by\s+\p{Lu}/iu;
const JOURNALIST = '(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|producer|critic|photographer|intern|fellow)';
const BIO = new RegExp(`^\\s*${NAME}\\s+(?:is|was|has been)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,5}${JOURNALIST}s?\\b`, 'u');
const COVERS = new RegExp(`^\\s*${NAME}\\s+covers\\s+[^.]{1,120}\\s+(?:for|at)\\s+`, 'u');

/** Is this paragraph a credit line or an author's bio? */
export function isCreditParagraph(text: string): boolean {
  if (text.length > 600) return false;
  return CREDIT.test(text) || BIO.test(text) || COVERS.test(text);
}
