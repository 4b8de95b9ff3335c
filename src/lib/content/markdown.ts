// Turns a section's markdown body into static HTML: the lead, the steps (:::step{...} blocks) and what follows.
// Facts are cited inline as :fact[id] (or :fact[id]{abs} for the magnitude only) and printed per locale.
import type { Nodes as HastNodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { directive } from 'micromark-extension-directive';
import type { ContentError } from './errors';
import { typedNumbers } from './prose-numbers';

export interface RenderedStep {
  /** 1-based. */
  n: number;
  html: string;
  /** The attributes written on :::step{...}, read by the chart's state schema. */
  attributes: Record<string, string>;
  line: number;
}

export interface RenderedBody {
  lead: string;
  steps: RenderedStep[];
  after: string;
  /** Fact ids cited, in order of appearance. */
  facts: string[];
}

export interface BodyContext {
  /** Path of the markdown file, for error messages. */
  file: string;
  /** Lines before the body (the frontmatter), so errors point at the right line of the file. */
  lineOffset: number;
  /** The fact printed for this locale, or undefined when the id is unknown. */
  fact(id: string, options: { abs: boolean }): string | undefined;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

export function renderSectionBody(body: string, ctx: BodyContext): { body: RenderedBody; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const facts: string[] = [];
  const tree: Root = fromMarkdown(body, { extensions: [directive()], mdastExtensions: [directiveFromMarkdown()] });
  const lineOf = (node: Nodes) => (node.position ? node.position.start.line + ctx.lineOffset : undefined);
  const fail = (node: Nodes, message: string, field?: string) =>
    errors.push({ file: ctx.file, line: lineOf(node), field, message });

  // Replace :fact[id] with its printed value; reject raw HTML, unknown directives and typed numbers.
  const walk = (parent: Parent, insideStep: boolean) => {
    parent.children = parent.children.map((child): RootContent => {
      if (child.type === 'textDirective') return renderFact(child);
      if (child.type === 'html') {
        fail(child, 'raw HTML is not allowed in the story; write markdown instead');
        return { type: 'text', value: '' };
      }
      if (child.type === 'leafDirective') {
        fail(child, `unknown block "::${child.name}"; steps are written as :::step{...} ... :::`);
        return { type: 'text', value: '' };
      }
      if (child.type === 'containerDirective') {
        if (child.name !== 'step') fail(child, `unknown block ":::${child.name}"; did you mean :::step?`);
        else if (insideStep) fail(child, 'a step cannot contain another step; close the first with ":::" on its own line');
      }
      if (child.type === 'text') {
        for (const n of typedNumbers(child.value))
          fail(child, `the number "${n}" is typed into the prose; add it to content/facts.yaml and cite it as :fact[id]`);
      }
      if ('children' in child) walk(child, insideStep || child.type === 'containerDirective');
      return child;
    }) as typeof parent.children;
  };

  const renderFact = (node: TextDirective): RootContent => {
    if (node.name !== 'fact') {
      fail(node, `unknown inline directive ":${node.name}"; facts are cited as :fact[id]`);
      return { type: 'text', value: `:${node.name}` };
    }
    const id = plainText(node).trim();
    const abs = node.attributes != null && 'abs' in node.attributes;
    const printed = ctx.fact(id, { abs });
    if (printed === undefined) {
      fail(node, `unknown fact "${id}"; add it to content/facts.yaml or fix the id`, `:fact[${id}]`);
      return { type: 'text', value: id };
    }
    facts.push(id);
    return { type: 'html', value: `<span class="fact" data-fact="${escapeHtml(id)}">${escapeHtml(printed)}</span>` };
  };

  walk(tree, false);

  const toHtmlString = (nodes: RootContent[]) =>
    toHtml(toHast({ type: 'root', children: nodes }, { allowDangerousHtml: true }) as HastNodes, {
      allowDangerousHtml: true,
    });

  const lead: RootContent[] = [];
  const after: RootContent[] = [];
  const steps: RenderedStep[] = [];
  for (const node of tree.children) {
    if (node.type === 'containerDirective' && node.name === 'step') {
      if (after.length > 0) fail(after[0]!, 'text between two steps belongs inside a step (or after the last one)');
      after.length = 0;
      steps.push(renderStep(node, steps.length + 1));
    } else if (steps.length === 0) lead.push(node);
    else after.push(node);
  }

  function renderStep(node: ContainerDirective, n: number): RenderedStep {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(node.attributes ?? {})) attributes[k] = v ?? '';
    return { n, html: toHtmlString(node.children as RootContent[]), attributes, line: lineOf(node) ?? 0 };
  }

  return { body: { lead: toHtmlString(lead), steps, after: toHtmlString(after), facts }, errors };
}
