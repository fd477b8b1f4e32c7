// Finds the outlet that published an article: front matter first, else evidence in the text.
import type { SourceGuess } from '../types.ts';
import type { ExtractInput } from './input.ts';

export function extractSource({ document }: ExtractInput): SourceGuess | null {
  const fm = document.frontMatter.source;
  if (fm) return { name: fm, origin: 'front-matter', evidence: 'front matter' };
  return null;
}
