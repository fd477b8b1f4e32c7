// The clean stage: separates the article (title and body paragraphs) from the page furniture around it.
import type { CleanArticle, Paragraph, SeedDocument } from '../types.ts';

export function cleanArticle(document: SeedDocument): CleanArticle {
  const blocks = document.text.split(/\n\s*\n|\n/).map((s) => s.trim()).filter(Boolean);
  const fmTitle = document.frontMatter.title;
  const title = fmTitle ?? blocks[0] ?? document.file;
  const paragraphs: Paragraph[] = (fmTitle ? blocks : blocks.slice(1)).map((text) => ({ text, kind: 'paragraph' }));
  return { title, titleOrigin: fmTitle ? 'front-matter' : 'headline', paragraphs, boilerplate: [] };
}
