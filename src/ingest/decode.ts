// Turns a seed's bytes into text: byte-order marks, UTF-8, UTF-16, and Latin-1 (Windows-1252) when
// the bytes are not valid UTF-8; and says when the bytes are not text at all.
import iconv from 'iconv-lite';

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of control characters (other than tab, line breaks and form feed) above which bytes are not text. */
const MAX_CONTROL_SHARE = 0.01;

export function decodeSeedBytes(bytes: Uint8Array): DecodeResult {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = binarySignature(buffer);
  if (signature) return { ok: false, problem: `binary file (${signature}), not text` };

  let decoded: { text: string; encoding: string };
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    decoded = { text: tryUtf8(buffer.subarray(3)) ?? iconv.decode(buffer.subarray(3), 'utf-8'), encoding: 'utf-8' };
  } else if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    decoded = { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  } else if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    decoded = { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  } else {
    const utf16 = utf16WithoutBom(buffer);
    if (utf16) decoded = { text: iconv.decode(buffer, utf16), encoding: utf16 };
    else {
      const text = tryUtf8(buffer);
      decoded = text !== null ? { text, encoding: 'utf-8' } : { text: iconv.decode(buffer, 'windows-1252'), encoding: 'latin1' };
    }
  }

  if (controlShare(decoded.text) > MAX_CONTROL_SHARE) return { ok: false, problem: 'binary file, not text (it is full of control characters)' };
  return { ok: true, ...decoded };
}

function tryUtf8(buffer: Buffer): string | null {
  try {
    return utf8.decode(buffer);
  } catch {
    return null;
  }
}

/** Well-known file signatures, so the message can say what the file is. */
const SIGNATURES: Array<[string, number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive or office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
];

function binarySignature(buffer: Buffer): string | null {
  for (const [name, magic] of SIGNATURES) if (magic.every((b, i) => buffer[i] === b)) return name;
  return null;
}

/** UTF-16 without a byte-order mark shows as a NUL in every other byte of ASCII-heavy text. */
function utf16WithoutBom(buffer: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buffer.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buffer[i] === 0) evenNul++;
    if (buffer[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) control++;
  }
  return control / sample.length;
}
