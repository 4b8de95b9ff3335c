// Turns a section's markdown body into static HTML blocks: prose, and scrolly blocks made of a chart
// (::chart[id]) and the steps that follow it (:::step{...} ... :::). Facts are cited inline as :fact[id]
// (:fact[id]{abs} prints the magnitude only) and printed per locale; corrections to the German report are
// written as :::correction{#id} ... ::: and collected for the sources section.
// :fact[id]{fall} / {rise} print the magnitude for "fell 16.97%" and fail when the figure's sign disagrees;
// :fact[id]{num} prints the bare number, for ranges such as "20 to :fact[high] cheaper".
// Glossary terms are cited as :term[the words]{#id} and open their definition in place.
import type { Nodes as HastNodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { directive } from 'micromark-extension-directive';
import type { ContentError } from './errors';
import type { Locale } from '../format';
import { quoteProblems, typeset } from '../typography';
import { typedNumbers } from './prose-numbers';

export interface RenderedStep {
  /** Position in the section, from 1: the step's link is #<section-id>-step-<n>. */
  n: number;
  /** Position among its chart's steps, from 1: the chart state it shows. */
  local: number;
  html: string;
  /** The attributes written on :::step{...}, read by the chart's state schema. */
  attributes: Record<string, string>;
  line: number;
}

export type BodyBlock =
  | { kind: 'prose'; html: string }
  | { kind: 'scrolly'; chart: string; line: number; steps: RenderedStep[] };

export interface Correction {
  id: string;
  html: string;
  line: number;
}

export interface RenderedBody {
  blocks: BodyBlock[];
  /** Fact ids cited, in order of appearance. */
  facts: string[];
  /** Glossary term ids cited. */
  terms: string[];
  corrections: Correction[];
}

export interface BodyContext {
  /** Path of the markdown file, for error messages. */
  file: string;
  /** The text's language: its quote marks are checked and its typography set for it. */
  locale: Locale;
  /** Lines before the body (the frontmatter), so errors point at the right line of the file. */
  lineOffset: number;
  /** Unique prefix for ids made while rendering (the section id). */
  idPrefix?: string;
  /** A glossary term's definition (inline HTML) and where the glossary lists it, or undefined when unknown. */
  term?(id: string): { definition: string; href: string; linkText: string } | undefined;
  /** A fact's value and how it prints in this locale, or undefined when unknown. abs: without its sign;
   *  bare: the number alone, without sign or unit ("20 to 50 times"). */
  fact(id: string): { value: number; print(options: { abs?: boolean; bare?: boolean; exact?: boolean }): string } | undefined;
}

/** :fact[id]{abs} prints the magnitude; {fall} and {rise} also check the sign the sentence relies on;
 *  {num} prints the bare number; {exact} prints every digit, for a calculation shown in the text. */
const FLAGS = ['abs', 'fall', 'rise', 'num', 'exact'];

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

const toHtmlString = (nodes: RootContent[]) =>
  toHtml(toHast({ type: 'root', children: nodes }, { allowDangerousHtml: true }) as HastNodes, {
    allowDangerousHtml: true,
  });

export function renderSectionBody(body: string, ctx: BodyContext): { body: RenderedBody; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const facts: string[] = [];
  const corrections: Correction[] = [];
  const tree: Root = fromMarkdown(body, { extensions: [directive()], mdastExtensions: [directiveFromMarkdown()] });
  const lineOf = (node: Nodes) => (node.position ? node.position.start.line + ctx.lineOffset : 0);
  const fail = (node: Nodes, message: string, field?: string) =>
    errors.push({ file: ctx.file, line: lineOf(node) || undefined, field, message });

  const terms: string[] = [];
  /** :term[words]{#id}: the words as a button that opens the term's definition in place (a popover). */
  const renderTerm = (node: TextDirective): RootContent => {
    const id = node.attributes?.id ?? '';
    const words = plainText(node).trim();
    const term = ctx.term?.(id);
    if (!term) {
      fail(node, id ? `unknown term "${id}"; add it to content/glossary.yaml or fix the id` : 'a term needs its glossary id, e.g. :term[market value]{#market-cap}', `:term[${words}]`);
      return { type: 'text', value: words };
    }
    terms.push(id);
    const popover = `${ctx.idPrefix ?? 'text'}-term-${id}-${terms.length}`;
    return {
      type: 'html',
      value:
        `<button type="button" class="term" popovertarget="${popover}">${escapeHtml(words)}</button>` +
        `<span class="term-def" id="${popover}" popover>${term.definition} <a href="${escapeHtml(term.href)}">${escapeHtml(term.linkText)}</a></span>`,
    };
  };

  const renderFact = (node: TextDirective): RootContent => {
    if (node.name === 'term') return renderTerm(node);
    if (node.name !== 'fact') {
      fail(node, `unknown inline directive ":${node.name}"; facts are cited as :fact[id], terms as :term[words]{#id}`);
      return { type: 'text', value: `:${node.name}` };
    }
    const id = plainText(node).trim();
    const flags = Object.keys(node.attributes ?? {});
    const fact = ctx.fact(id);
    if (fact === undefined) {
      fail(node, `unknown fact "${id}"; add it to content/facts.yaml or fix the id`, `:fact[${id}]`);
      return { type: 'text', value: id };
    }
    for (const flag of flags.filter((f) => !FLAGS.includes(f)))
      fail(node, `unknown option {${flag}}; use {abs}, {fall}, {rise}, {num} or {exact}`, `:fact[${id}]`);
    if (flags.includes('fall') && !(fact.value < 0))
      fail(node, `the text says this fell, but the fact is ${fact.print({})}; fix the text or the figure`, `:fact[${id}]`);
    if (flags.includes('rise') && !(fact.value > 0))
      fail(node, `the text says this rose, but the fact is ${fact.print({})}; fix the text or the figure`, `:fact[${id}]`);
    const printed = fact.print({
      abs: flags.some((f) => f === 'abs' || f === 'fall' || f === 'rise'),
      bare: flags.includes('num'),
      exact: flags.includes('exact'),
    });
    facts.push(id);
    return { type: 'html', value: `<span class="fact" data-fact="${escapeHtml(id)}">${escapeHtml(printed)}</span>` };
  };

  const renderCorrection = (node: ContainerDirective) => {
    const id = node.attributes?.id ?? '';
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      fail(node, 'a correction needs an id, e.g. :::correction{#microsoft-loss}');
      return;
    }
    if (corrections.some((c) => c.id === id)) fail(node, `duplicate correction id "${id}"`);
    node.data = { hName: 'aside', hProperties: { className: ['correction'], id: `correction-${id}` } };
    corrections.push({ id, html: toHtmlString(node.children as RootContent[]), line: lineOf(node) });
  };

  // Replace :fact[id] with its printed value; reject raw HTML, unknown directives and typed numbers.
  const walk = (parent: Parent, depth: number) => {
    parent.children = parent.children.map((child): RootContent => {
      if (child.type === 'textDirective') return renderFact(child);
      if (child.type === 'html') {
        fail(child, 'raw HTML is not allowed in the story; write markdown instead');
        return { type: 'text', value: '' };
      }
      if (child.type === 'leafDirective' && (child.name !== 'chart' || depth > 0)) {
        fail(child, child.name === 'chart' ? '::chart[...] belongs on its own line at the top level, not inside a block' : `unknown block "::${child.name}"; a chart is placed with ::chart[chart-id]`);
        return { type: 'text', value: '' };
      }
      if (child.type === 'containerDirective') {
        if (child.name === 'step' && depth > 0) fail(child, 'a step cannot sit inside another block; close the first with ":::" on its own line');
        else if (child.name !== 'step' && child.name !== 'correction')
          fail(child, `unknown block ":::${child.name}"; blocks are :::step{...} and :::correction{#id}`);
      }
      if (child.type === 'text') {
        for (const n of typedNumbers(child.value))
          fail(child, `the number "${n}" is typed into the prose; add it to content/facts.yaml and cite it as :fact[id]`);
        for (const problem of quoteProblems(child.value, ctx.locale)) fail(child, problem);
        child.value = typeset(child.value);
      }
      if ('children' in child) walk(child, child.type === 'containerDirective' ? depth + 1 : depth);
      if (child.type === 'containerDirective' && child.name === 'correction') renderCorrection(child);
      return child;
    }) as typeof parent.children;
  };
  walk(tree, 0);

  const blocks: BodyBlock[] = [];
  let prose: RootContent[] = [];
  let scrolly: Extract<BodyBlock, { kind: 'scrolly' }> | undefined;
  let n = 0;
  const flushProse = () => {
    if (prose.length > 0) blocks.push({ kind: 'prose', html: toHtmlString(prose) });
    prose = [];
  };
  const closeScrolly = () => {
    if (scrolly && scrolly.steps.length === 0)
      errors.push({ file: ctx.file, line: scrolly.line, message: `::chart[${scrolly.chart}] needs :::step{...} blocks right after it` });
    scrolly = undefined;
  };

  for (const node of tree.children) {
    if (node.type === 'leafDirective' && node.name === 'chart') {
      closeScrolly();
      flushProse();
      scrolly = { kind: 'scrolly', chart: plainText(node).trim(), line: lineOf(node), steps: [] };
      blocks.push(scrolly);
    } else if (node.type === 'containerDirective' && node.name === 'step') {
      if (!scrolly) {
        fail(node, 'a step must follow a ::chart[chart-id] line (or another step of that chart)');
        continue;
      }
      n += 1;
      const attributes: Record<string, string> = {};
      for (const [k, v] of Object.entries((node as ContainerDirective).attributes ?? {})) attributes[k] = v ?? '';
      scrolly.steps.push({
        n,
        local: scrolly.steps.length + 1,
        html: toHtmlString(node.children as RootContent[]),
        attributes,
        line: lineOf(node),
      });
    } else {
      closeScrolly();
      prose.push(node);
    }
  }
  closeScrolly();
  flushProse();
  return { body: { blocks, facts, terms, corrections }, errors };
}
