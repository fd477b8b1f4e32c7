// What every extractor reads: the decoded seed (front matter, whole text) and its cleaned article.
import type { CleanArticle, SeedDocument } from '../types.ts';

export interface ExtractInput {
  document: SeedDocument;
  article: CleanArticle;
}
