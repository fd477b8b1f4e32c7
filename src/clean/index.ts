// The clean stage: separates the article (title and body paragraphs) from the page furniture around it.
import type { CleanArticle, Paragraph, SeedDocument, TitleOrigin } from '../types.ts';
import { classify, type Judged } from './classify.ts';
import { readBlocks, readPage, type Line, type Page } from './features.ts';
import { markdownBlocks } from './markdown.ts';
import { findHeadline, titleFromLede } from './title.ts';

export function cleanArticle(document: SeedDocument): CleanArticle {
  let page: Page;
  let markdownTitle: string | undefined;
  if (document.format === 'markdown') {
    const blocks = markdownBlocks(document.text);
    // A heading at the very top of a Markdown text is its title.
    if (blocks[0]?.heading) markdownTitle = blocks.shift()!.text;
    page = readBlocks(blocks);
  } else {
    page = readPage(document.text);
  }
  const judged = classify(page);
  let bodyStart = judged.findIndex((j) => j.keep);
  if (bodyStart < 0) {
    // Nothing looked like an article: keep whatever reads as text rather than publish nothing.
    for (const j of judged) j.keep = j.verdict !== 'bad';
    if (!judged.some((j) => j.keep)) for (const j of judged) j.keep = true;
    bodyStart = Math.max(0, judged.findIndex((j) => j.keep));
  }

  const headline = markdownTitle === undefined ? findHeadline(judged, bodyStart) : null;
  const headlineLines = new Set(headline?.lines ?? []);
  const fmTitle = document.frontMatter.title?.trim();
  for (const i of headlineLines) judged[i]!.keep = false;
  if (fmTitle) dropCopiesOf(fmTitle, judged, headlineLines);

  const paragraphs: Paragraph[] = [];
  let boilerplate: string[] = [];
  const nextKept = new Array<Line | undefined>(judged.length);
  for (let i = judged.length - 1, next: Line | undefined; i >= 0; i--) {
    nextKept[i] = next;
    if (judged[i]!.keep) next = judged[i]!.line;
  }
  judged.forEach((j, i) => {
    if (j.keep) paragraphs.push({ text: j.line.text, kind: isSubheading(j.line, nextKept[i]) ? 'heading' : 'paragraph' });
    else if (!headlineLines.has(i)) boilerplate.push(j.line.text);
  });
  // A body never starts with a subheading left over above the lede.
  let leading = 0;
  while (leading < paragraphs.length - 1 && paragraphs[leading]!.kind === 'heading' && !page.lines[0]?.heading) leading++;
  if (leading > 0) boilerplate = paragraphs.splice(0, leading).map((p) => p.text).concat(boilerplate);

  let title: string;
  let titleOrigin: TitleOrigin;
  if (fmTitle) [title, titleOrigin] = [fmTitle, 'front-matter'];
  else if (markdownTitle) [title, titleOrigin] = [markdownTitle, 'headline'];
  else if (headline) [title, titleOrigin] = [headline.title, 'headline'];
  else [title, titleOrigin] = [titleFromLede(paragraphs[0]?.text ?? document.file), 'lede'];
  return { title, titleOrigin, paragraphs, boilerplate };
}

function dropCopiesOf(title: string, judged: Judged[], headlineLines: Set<number>): void {
  const key = title.toLowerCase().replace(/\s+/g, ' ');
  judged.forEach((j, i) => {
    if (j.line.key === key) {
      j.keep = false;
      headlineLines.add(i);
    }
  });
}

/** A short line without a sentence's end, followed by article text: a subheading of the article. */
function isSubheading(line: Line, next: Line | undefined): boolean {
  if (line.heading) return true;
  if (line.size > 14 || line.words.length === 0) return false;
  // A list item or a table row is not a heading, however short.
  if (/^(?:[-•*–·▪►]\s|\(?\d{1,3}[.)]\s)/u.test(line.text) || line.text.includes('\t')) return false;
  if (/[.!?,;:…]["'”’)\]]*$/u.test(line.text)) return false;
  return next !== undefined && next.size > line.size && !next.heading;
}
