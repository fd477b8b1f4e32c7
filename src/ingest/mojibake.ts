// Repairs mojibake: UTF-8 text that was once read as a single-byte code page and saved again,
// so that `è` became `├Ę` (cp852) or `Ã¨` (cp1252). A run of such characters is turned back into
// bytes and read as UTF-8, and the repair is kept only where it yields plausible characters.
import iconv from 'iconv-lite';

/** Code pages that UTF-8 is commonly misread as, in order of preference on a tie. */
const CODE_PAGES = ['cp1252', 'cp852', 'cp437', 'cp850', 'latin1'] as const;

type ByteMap = Map<string, number>;
const byteMaps = new Map<string, ByteMap>();

/** Each code page's non-ASCII characters and the byte each stands for. */
function byteMap(codePage: string): ByteMap {
  let map = byteMaps.get(codePage);
  if (!map) {
    map = new Map();
    for (let b = 0x80; b <= 0xff; b++) {
      const ch = iconv.decode(Buffer.from([b]), codePage);
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, b);
    }
    byteMaps.set(codePage, map);
  }
  return map;
}

// A repaired character must be one that news text really holds: Latin, Greek, Cyrillic, Hebrew,
// Arabic, Thai, Vietnamese, CJK and Hangul letters, punctuation, currency, letterlike symbols, emoji.
// (Rare blocks such as IPA are left out: `É»` in clean text would otherwise "repair" to `ɻ`.)
const PLAUSIBLE =
  /^[\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\u2190-\u21ff\u2600-\u27bf\u3000-\u9fff\uac00-\ud7af\u{1f300}-\u{1faff}]$/u;

/** Text damaged twice, or by two code pages, takes more than one pass. */
const MAX_PASSES = 3;

export interface MojibakeRepair {
  text: string;
  /** The code page the text had been misread as, or null when nothing was repaired. */
  codePage: string | null;
  repaired: number;
}

export function repairMojibake(text: string): MojibakeRepair {
  // Fast exit: mojibake of UTF-8 always leaves two or more non-ASCII characters in a row.
  if (!/[^\x00-\x7f]{2}/.test(text)) return { text, codePage: null, repaired: 0 };
  const total: MojibakeRepair = { text, codePage: null, repaired: 0 };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let best: MojibakeRepair = { text: total.text, codePage: null, repaired: 0 };
    for (const codePage of CODE_PAGES) {
      const attempt = repairWith(total.text, codePage);
      if (attempt.repaired > best.repaired) best = attempt;
    }
    if (!best.codePage) break;
    total.text = best.text;
    total.repaired += best.repaired;
    total.codePage = total.codePage ? `${total.codePage}, ${best.codePage}` : best.codePage;
  }
  return total;
}

function repairWith(text: string, codePage: string): MojibakeRepair {
  const map = byteMap(codePage);
  let repaired = 0;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (!map.has(ch)) {
      out += ch;
      i++;
      continue;
    }
    // a run of characters that all stand for bytes 0x80–0xFF in this code page
    let j = i;
    const bytes: number[] = [];
    while (j < text.length && map.has(text[j]!)) bytes.push(map.get(text[j++]!)!);
    const run = fixRun(bytes, text.slice(i, j));
    out += run.text;
    repaired += run.repaired;
    i = j;
  }
  return { text: out, codePage: repaired > 0 ? codePage : null, repaired };
}

/** Decodes every valid UTF-8 sequence in the run's bytes; keeps the original characters elsewhere. */
function fixRun(bytes: number[], original: string): { text: string; repaired: number } {
  let out = '';
  let repaired = 0;
  let k = 0;
  while (k < bytes.length) {
    const len = sequenceLength(bytes, k);
    if (len > 1) {
      const ch = Buffer.from(bytes.slice(k, k + len)).toString('utf8');
      if (PLAUSIBLE.test(ch)) {
        out += ch;
        repaired++;
        k += len;
        continue;
      }
    }
    out += original[k];
    k++;
  }
  return { text: out, repaired };
}

/** Length of a well-formed UTF-8 multi-byte sequence starting at k, or 0. */
function sequenceLength(bytes: number[], k: number): number {
  const b0 = bytes[k]!;
  const need = b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
  if (need === 0 || k + need > bytes.length) return 0;
  for (let n = 1; n < need; n++) {
    const b = bytes[k + n]!;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  const b1 = bytes[k + 1]!;
  if ((b0 === 0xe0 && b1 < 0xa0) || (b0 === 0xed && b1 > 0x9f) || (b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 > 0x8f)) return 0;
  return need;
}
