// Types of the parts of browser-search.js that can run outside a browser, for the tests.
export interface SearchResult {
  id: string;
  score: number;
}
export function compareSortValues(a: string, b: string): number;
export function sortResults<T extends SearchResult>(results: readonly T[], sort: Record<string, 'asc' | 'desc'> | undefined, keys: ReadonlyMap<string, string> | null): T[];
