// One seed through the per-seed stages: ingest → clean → extract. Pure: bytes in, draft or problem out.
import { cleanArticle } from '../clean/index.ts';
import { extractArticle } from '../extract/index.ts';
import { ingestSeed } from '../ingest/index.ts';
import type { ArticleDraft, SeedFile, SeedProblem } from '../types.ts';

export type SeedOutcome = { ok: true; draft: ArticleDraft } | { ok: false; problem: SeedProblem };

export interface SeedOptions {
  /** The moment of the build: inferred dates never lie after it. */
  now: Date;
}

export function processSeed(seed: SeedFile, options: SeedOptions): SeedOutcome {
  const ingested = ingestSeed(seed);
  if (!ingested.ok) return ingested;
  try {
    const article = cleanArticle(ingested.document);
    if (article.paragraphs.length === 0) return { ok: false, problem: { file: seed.file, problem: 'no article text found' } };
    return { ok: true, draft: extractArticle(ingested.document, article, options) };
  } catch (error) {
    // A defect in a stage must cost one seed, not the archive.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { file: seed.file, problem: `could not be processed: ${message.split('\n')[0]}` } };
  }
}
