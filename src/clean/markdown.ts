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

export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const blocks: MarkdownBlock[] = [];
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
  return blocks;
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
