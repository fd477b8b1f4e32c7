// Turns a Markdown seed into blocks of plain text (paragraphs and headings), through unified + remark-parse.
import type { Nodes, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface MarkdownBlock {
  text: string;
  heading: boolean;
  /** Heading level (1 for `#`), 0 for other blocks. */
  depth: number;
}

/**
 * remark-parse is linear on ordinary Markdown but slows down badly on long runs of unclosed brackets and
 * emphasis marks, which a scraped page can hold. So the text is parsed in pieces cut at blank lines
 * (never inside a fenced code block), and a block longer than any paragraph a person writes, or thick
 * with markup characters, is taken as plain text, line by line, as is everything past the first half
 * megabyte.
 */
const PIECE = 20_000;
const DENSE_PIECE = 2_000;
const DENSE_BLOCK = 500;
/** Characters given to the parser at most (it reads a few hundred thousand a second); the rest is plain text. */
const PARSE_BUDGET = 500_000;

export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  for (const piece of pieces(markdown)) {
    if (piece.plain) {
      for (const line of piece.text.split('\n')) push(blocks, line, false, 0);
    } else {
      parseInto(blocks, piece.text);
    }
  }
  return blocks;
}

/** Cuts Markdown at blank lines outside fenced code into pieces of at most PIECE characters where it can. */
function pieces(markdown: string): { text: string; plain: boolean }[] {
  const out: { text: string; plain: boolean }[] = [];
  const chunks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) fence = fence === null ? marker.slice(0, 3) : null;
    if (fence === null && line.trim() === '') {
      if (current.length) chunks.push(current.join('\n'));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) chunks.push(current.join('\n'));
  // Blocks thick with marks are parsed in small groups: their cost grows with the square of the group.
  let group = '';
  let limit = PIECE;
  let budget = PARSE_BUDGET;
  const flush = () => {
    if (group) out.push({ text: group, plain: false });
    group = '';
  };
  for (const chunk of chunks) {
    const dense = markupShare(chunk) > 0.05;
    budget -= chunk.length;
    if (chunk.length > (dense ? DENSE_BLOCK : PIECE) || budget < 0) {
      flush();
      out.push({ text: chunk, plain: true });
      continue;
    }
    if (group.length + chunk.length > limit || (dense ? DENSE_PIECE : PIECE) !== limit) flush();
    limit = dense ? DENSE_PIECE : PIECE;
    group = group ? `${group}\n\n${chunk}` : chunk;
  }
  if (group) out.push({ text: group, plain: false });
  return out;
}

/** Share of the characters that open or close inline Markdown: a few in a hundred in written text. */
function markupShare(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // [ ] * _ ` <
    if (c === 91 || c === 93 || c === 42 || c === 95 || c === 96 || c === 60) n++;
  }
  return n / text.length;
}

function parseInto(blocks: MarkdownBlock[], markdown: string): void {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'heading':
        push(blocks, plainText(node), true, node.depth);
        return;
      case 'paragraph':
        push(blocks, plainText(node), false, 0);
        return;
      case 'code':
        push(blocks, node.value, false, 0);
        return;
      case 'table':
        for (const row of node.children) push(blocks, row.children.map((cell) => plainText(cell)).join('\t'), false, 0);
        return;
      case 'list':
      case 'listItem':
      case 'blockquote':
        for (const child of node.children) visit(child);
        return;
      default:
        // html, thematic breaks, definitions, front matter: nothing to publish
        return;
    }
  };
  for (const node of tree.children) visit(node);
}

function push(blocks: MarkdownBlock[], text: string, heading: boolean, depth: number): void {
  const clean = text.replace(/[ \t]*\n[ \t]*/g, heading ? ' ' : '\n').trim();
  if (!clean) return;
  // A paragraph keeps its soft line breaks as spaces: Markdown joins them when it renders.
  blocks.push({ text: heading ? clean : clean.replace(/\n/g, ' '), heading, depth });
}

/** The text of an inline tree: link text kept, images and raw HTML dropped. */
function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
    case 'html':
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(plainText).join('') : '';
  }
}
