// An article's paragraphs as HTML, with the people and organisations it names linked where they are named.
// Text is escaped piece by piece and links are added between the pieces, so seed text never becomes markup.
import he from 'he';

/** Something a paragraph may mention: every form it goes by, and the page to link to. */
export interface MentionTarget {
  url: string;
  kind: 'person' | 'organisation';
  forms: readonly string[];
}

/** Forms shorter than this are too likely to be ordinary words or initials. */
const MIN_FORM_LENGTH = 2;

/** Escapes text for HTML content and attribute values (`&`, `<`, `>`, `"`, `'` and backtick). */
export function escapeHtml(text: string): string {
  return he.escape(text);
}

/** Finds the mentions of a set of targets in plain text. Build once per article, use for each paragraph. */
export class MentionLinker {
  readonly #pattern: RegExp | null;
  readonly #byForm = new Map<string, MentionTarget>();

  constructor(targets: readonly MentionTarget[]) {
    const owners = new Map<string, Set<MentionTarget>>();
    for (const target of targets) {
      for (const raw of target.forms) {
        const form = raw.trim();
        if (form.length < MIN_FORM_LENGTH) continue;
        const set = owners.get(form) ?? new Set();
        set.add(target);
        owners.set(form, set);
      }
    }
    // A form shared by two targets of the same article (two people called Smith) says nothing: leave it plain.
    for (const [form, set] of owners) if (set.size === 1) this.#byForm.set(form, [...set][0]!);
    const forms = [...this.#byForm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.#pattern = forms.length
      ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'gu')
      : null;
  }

  /** The paragraph as safe HTML: escaped text, with an `<a>` around every mention. */
  link(text: string): string {
    if (!this.#pattern) return escapeHtml(text);
    let html = '';
    let last = 0;
    for (const match of text.matchAll(this.#pattern)) {
      const target = this.#byForm.get(match[0])!;
      html += escapeHtml(text.slice(last, match.index));
      html += `<a class="mention ${target.kind}" href="${escapeHtml(target.url)}">${escapeHtml(match[0])}</a>`;
      last = match.index + match[0].length;
    }
    return html + escapeHtml(text.slice(last));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
