// Does a word read as a Chinese given name in Hanyu Pinyin ("Jianxiong", "Xiaoming", "He")? A word made
// only of pinyin syllables: an initial (b, p, m, zh, x…) and a final (a, ian, iong…), from the
// standard table of Mandarin syllables, without tone marks.
const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
const FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v|ü)';
const SYLLABLES = new RegExp(`^(?:${INITIAL}?${FINAL}){1,3}$`);

/** Is `key` (lower case) one to three pinyin syllables, possibly joined by a hyphen ("xiao-ming")? */
export function isPinyin(key: string): boolean {
  return key.split('-').every((part) => part.length > 0 && SYLLABLES.test(part));
}
