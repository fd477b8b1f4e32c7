// Repairs a name that page flattening glued to the text of its link: a linked name whose hover card
// (the name again, then teaser headlines, then "MORE") was copied in with it, as in
// "Rep. Jane RoeJane RoeTeaser one | Teaser two MORE (D-Ore.) said…". The name is kept once and the
// card dropped, so neither the glued words nor the teasers become names of the article.

/** A capitalised name of two to four words, then the same name again with no space between. */
const GLUED = /(?<![\p{L}\p{M}])((?:\p{Lu}[\p{L}\p{M}'’.-]*\s){1,3}\p{Lu}[\p{L}\p{M}'’-]*)\1/gu;
/** The word that closes a hover card, in capitals, and how far on it may be. */
const CARD_END = /\sMORE\b/u;
const CARD_MAX = 1500;

export function unglueLinkText(text: string): string {
  if (!GLUED.test(text)) return text;
  GLUED.lastIndex = 0;
  let out = '';
  let at = 0;
  for (const m of text.matchAll(GLUED)) {
    if (m.index < at) continue;
    const name = m[1]!;
    let end = m.index + m[0].length;
    const rest = text.slice(end, end + CARD_MAX);
    const card = CARD_END.exec(rest);
    if (card && !rest.slice(0, card.index).includes('\n')) end += card.index + card[0].length;
    else if (/^[\p{L}\p{N}]/u.test(rest)) {
      // the glued text runs on into another word with no card end in sight: keep the name, part the words
      out += text.slice(at, m.index) + name + ' ';
      at = end;
      continue;
    }
    out += text.slice(at, m.index) + name;
    at = end;
  }
  return out + text.slice(at);
}
