// Turns a section's markdown body into static HTML blocks: prose, and scrolly blocks made of a chart
// (::chart[id]) and the steps that follow it (:::step{...} ... :::). Facts are cited inline as :fact[id]
// (:fact[id]{abs} prints the magnitude only) and printed per locale; corrections to the German report are
// written as :::correction{#id} ... ::: and collected for the sources section.
// :fact[id]{fall} / {rise} print the magnitude for "fell 16.97%" and fail when the figure's sign disagrees;
// :fact[id]{num} prints the bare number, for ranges such as "20 to :fact[high] cheaper".
// Glossary terms are cited as :term[the words]{#id} and open their definition in place (a card with the
// term as its title and a close button).
// Quotations are set as pull quotes: :::quote{speaker="…" role="…" channel="…" time="…"} … ::: (with
// ::original[the words as said]{lang="en"} inside when the quote is a translation); adjacent quotes sit side
// by side. A correction may state what the report said and what is right with ::reported[…] and ::actual[…].
import type { Nodes as HastNodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { directive } from 'micromark-extension-directive';
import type { ContentError } from './errors';
import { LOCALES, type Locale } from '../format';
import { lastWordsBreak, quoteProblems, typeset } from '../typography';
import { ui } from '../../i18n/ui';
import { typedNumbers } from './prose-numbers';
import { escapeHtml, plainText, withoutTermDefs } from '../escape';

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
  /** Sources named by quotes (source="id"), in order. */
  sources: string[];
}

/** The attributes a :::quote takes: who said it, in what role, where and when; and the source it is read from. */
export const QUOTE_ATTRIBUTES = { speaker: true, role: false, channel: true, time: true, source: false } as const;

export interface BodyContext {
  /** Path of the markdown file, for error messages. */
  file: string;
  /** The text's language: its quote marks are checked and its typography set for it. */
  locale: Locale;
  /** Lines before the body (the frontmatter), so errors point at the right line of the file. */
  lineOffset: number;
  /** Unique prefix for ids made while rendering (the section id). */
  idPrefix?: string;
  /** A glossary term's definition (inline HTML), its name (the popover's title; else the words cited) and where
   *  the glossary lists it, or undefined when unknown. */
  term?(id: string): { definition: string; href: string; linkText: string; title?: string } | undefined;
  /** A source's address, or undefined when the source is unknown (for a quote's source="id"). */
  source?(id: string): { href?: string } | undefined;
  /** A fact's value and how it prints in this locale, or undefined when unknown. abs: without its sign;
   *  bare: the number alone, without sign or unit ("20 to 50 times"). */
  fact(id: string): { value: number; print(options: { abs?: boolean; bare?: boolean; exact?: boolean }): string } | undefined;
}

/** :fact[id]{abs} prints the magnitude; {fall} and {rise} also check the sign the sentence relies on;
 *  {num} prints the bare number; {exact} prints every digit, for a calculation shown in the text. */
const FLAGS = ['abs', 'fall', 'rise', 'num', 'exact'];


/** A markdown node's text, its marks and directives' names dropped. */
function nodeText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(nodeText).join('');
  return '';
}

/** A paragraph whose last two words are held on one line (typography.ts lastWordsBreak), where the space
 *  between them is in its text (not inside a fact or a term). */
function holdParagraphEnd(paragraph: Parent): void {
  const leaves: Nodes[] = [];
  const collect = (n: Nodes): void => void ('children' in n ? (n.children as Nodes[]).forEach(collect) : leaves.push(n));
  (paragraph.children as Nodes[]).forEach(collect);
  const shown = (n: Nodes) => (n.type === 'html' ? plainText(withoutTermDefs(n.value)) : n.type === 'break' ? '\n' : 'value' in n ? String(n.value) : '');
  const texts = leaves.map(shown);
  const at = lastWordsBreak(texts.join(''));
  if (!at) return;
  let start = 0;
  for (const [i, leaf] of leaves.entries()) {
    const end = start + texts[i]!.length;
    if (leaf.type === 'text' && at[0] >= start && at[1] <= end) leaf.value = `${leaf.value.slice(0, at[0] - start)}\u00a0${leaf.value.slice(at[1] - start)}`;
    start = end;
  }
}

const toHtmlString = (nodes: RootContent[]) =>
  toHtml(toHast({ type: 'root', children: nodes }, { allowDangerousHtml: true }) as HastNodes, {
    allowDangerousHtml: true,
  });

/** Phrasing content (a directive's label) as inline HTML. */
const inlineHtml = (nodes: RootContent[]) =>
  toHtmlString([{ type: 'paragraph', children: nodes as PhrasingContent[] }]).replace(/^<p>([\s\S]*)<\/p>$/, '$1');

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
    const words = nodeText(node).trim();
    const term = ctx.term?.(id);
    if (!term) {
      fail(node, id ? `unknown term "${id}"; add it to content/glossary.yaml or fix the id` : 'a term needs its glossary id, e.g. :term[market value]{#market-cap}', `:term[${words}]`);
      return { type: 'text', value: words };
    }
    terms.push(id);
    const popover = `${ctx.idPrefix ?? 'text'}-term-${id}-${terms.length}`;
    const t = ui(ctx.locale);
    return {
      type: 'html',
      value:
        `<button type="button" class="term" popovertarget="${popover}">${escapeHtml(words)}</button>` +
        `<span class="term-def" id="${popover}" popover>` +
        `<span class="term-def-title">${escapeHtml(term.title ?? words)}</span>` +
        `<button type="button" class="term-close" popovertarget="${popover}" popovertargetaction="hide" aria-label="${escapeHtml(t.close)}"><span aria-hidden="true">×</span></button>` +
        `<span class="term-def-body">${term.definition} <a href="${escapeHtml(term.href)}">${escapeHtml(term.linkText)}</a></span></span>`,
    };
  };

  const renderFact = (node: TextDirective): RootContent => {
    if (node.name === 'term') return renderTerm(node);
    if (node.name !== 'fact') {
      fail(node, `unknown inline directive ":${node.name}"; facts are cited as :fact[id], terms as :term[words]{#id}`);
      return { type: 'text', value: `:${node.name}` };
    }
    const id = nodeText(node).trim();
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

  /** A quote's attributes, checked: required ones present, no unknown ones, quote marks and figures as in prose. */
  const quoteAttributes = (node: ContainerDirective) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(node.attributes ?? {})) {
      if (!Object.hasOwn(QUOTE_ATTRIBUTES, k)) {
        fail(node, `unknown attribute "${k}" on :::quote; use ${Object.keys(QUOTE_ATTRIBUTES).join(', ')}`);
        continue;
      }
      const value = (v ?? '').trim();
      for (const problem of quoteProblems(value, ctx.locale)) fail(node, problem, `:::quote ${k}`);
      for (const n of typedNumbers(value))
        if (k !== 'source') fail(node, `the number "${n}" is typed into the quote's ${k}; only dates and names may carry numbers here`, `:::quote ${k}`);
      // (the source is an id, looked up as typed)
      attributes[k] = k === 'source' ? value : typeset(value);
    }
    for (const [k, required] of Object.entries(QUOTE_ATTRIBUTES))
      if (required && !attributes[k])
        fail(node, `a quote needs ${k}="…": who said it, where (channel="on X") and when (time="27 January 2025")`, `:::quote ${k}`);
    return attributes;
  };

  const quoteSources: string[] = [];
  /** :::quote{…}: a <figure class="pull-quote"> with the words, the speaker and, for a translation, the original. */
  const renderQuote = (node: ContainerDirective): RootContent => {
    const a = quoteAttributes(node);
    const t = ui(ctx.locale);
    let href: string | undefined;
    if (a.source) {
      const source = ctx.source?.(a.source);
      if (ctx.source && !source) fail(node, `unknown source "${a.source}"; add it to content/sources.yaml or fix the id`, ':::quote source');
      else {
        href = source?.href;
        quoteSources.push(a.source);
      }
    }
    const originals = node.children.filter((c): c is LeafDirective => c.type === 'leafDirective' && c.name === 'original');
    const words = node.children.filter((c) => !(c.type === 'leafDirective' && c.name === 'original'));
    if (originals.length > 1) fail(node, 'a quote has one ::original[…]');
    if (words.length === 0) fail(node, 'the quote has no words; write them between :::quote{…} and :::');
    const cite = href ? ` cite="${escapeHtml(href)}"` : '';
    const original = originals[0];
    let originalHtml = '';
    if (original) {
      const lang = original.attributes?.lang ?? '';
      const name = (LOCALES as readonly string[]).includes(lang) ? new Intl.DisplayNames([ctx.locale], { type: 'language' }).of(lang) : lang;
      originalHtml =
        `<details class="pull-quote-original"><summary>${escapeHtml(t.quoteOriginal)} (${escapeHtml(name ?? lang)})</summary>` +
        `<blockquote lang="${escapeHtml(lang)}"${cite}><p>${inlineHtml(original.children as RootContent[])}</p></blockquote></details>`;
    }
    const channel = a.channel ? (href ? `<a href="${escapeHtml(href)}">${escapeHtml(a.channel)}</a>` : escapeHtml(a.channel)) : '';
    const details = [a.role, undefined, a.time].map((x) => x && escapeHtml(x));
    details[1] = channel;
    const html =
      `<figure class="pull-quote"><blockquote${cite}>${toHtmlString(words as RootContent[])}</blockquote>` +
      `<figcaption><span class="pull-quote-speaker">${escapeHtml(a.speaker ?? '')}</span>` +
      `<span class="pull-quote-details">${details
        .filter(Boolean)
        .map((d) => `<span>${d}</span>`)
        .join('')}</span>${originalHtml}</figcaption></figure>`;
    return { type: 'html', value: html, data: { pullQuote: true } } as RootContent;
  };

  /** ::reported[…] and ::actual[…] in a correction: what the report said, and what is right. */
  const renderCorrectionPart = (node: LeafDirective): RootContent => {
    const t = ui(ctx.locale);
    const label = node.name === 'reported' ? t.correctionReported : t.correctionActual;
    return {
      type: 'html',
      value: `<p class="correction-part correction-${node.name}"><span class="correction-part-label">${escapeHtml(label)}</span> <span class="correction-part-text">${inlineHtml(node.children as RootContent[])}</span></p>`,
    };
  };

  // Replace :fact[id] with its printed value; reject raw HTML, unknown directives and typed numbers.
  // `inside` is the block directive the children sit in; `locale` the language their quote marks follow.
  const walk = (parent: Parent, depth: number, inside = '', locale: Locale = ctx.locale) => {
    parent.children = parent.children.map((child): RootContent => {
      if (child.type === 'textDirective') return renderFact(child);
      if (child.type === 'html') {
        fail(child, 'raw HTML is not allowed in the story; write markdown instead');
        return { type: 'text', value: '' };
      }
      if (child.type === 'leafDirective') {
        const allowed =
          (child.name === 'chart' && depth === 0) ||
          (child.name === 'original' && inside === 'quote') ||
          ((child.name === 'reported' || child.name === 'actual') && inside === 'correction');
        if (!allowed) {
          fail(
            child,
            child.name === 'chart'
              ? '::chart[...] belongs on its own line at the top level, not inside a block'
              : child.name === 'original'
                ? '::original[…]{lang="en"} belongs inside a :::quote, after the translated words'
                : child.name === 'reported' || child.name === 'actual'
                  ? `::${child.name}[…] belongs inside a :::correction{#id}`
                  : `unknown block "::${child.name}"; a chart is placed with ::chart[chart-id]`,
          );
          return { type: 'text', value: '' };
        }
        if (child.name === 'original') {
          const lang = child.attributes?.lang ?? '';
          if (!(LOCALES as readonly string[]).includes(lang))
            fail(child, `an original needs its language: ::original[…]{lang="${LOCALES.find((l) => l !== ctx.locale)}"}`);
          else if (lang === ctx.locale) fail(child, 'the original is in the language of the page; write the words in the quote itself');
          walk(child, depth + 1, 'original', (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : ctx.locale);
          holdParagraphEnd(child);
          return child;
        }
        // (a chart's label is its id, which is not typeset)
        if (child.name === 'chart') return child;
        walk(child, depth + 1, child.name, locale);
        holdParagraphEnd(child);
        return renderCorrectionPart(child);
      }
      if (child.type === 'containerDirective') {
        // a block runs to its closing ":::"; one never closed swallows the rest of the file
        const end = child.position?.end.offset;
        if (end !== undefined && !/:::[ \t]*$/.test(body.slice(0, end))) fail(child, `the block ":::${child.name}" opened here is never closed; end it with ":::" on a line of its own`);
        if (child.name === 'step' && depth > 0) fail(child, 'a step cannot sit inside another block; close the first with ":::" on its own line');
        else if (child.name === 'quote' && depth > 0) fail(child, 'a quote belongs at the top level, not inside another block');
        else if (child.name !== 'step' && child.name !== 'correction' && child.name !== 'quote')
          fail(child, `unknown block ":::${child.name}"; blocks are :::step{...}, :::correction{#id} and :::quote{speaker="…" …}`);
      }
      if (child.type === 'text') {
        for (const n of typedNumbers(child.value))
          fail(child, `the number "${n}" is typed into the prose; add it to content/facts.yaml and cite it as :fact[id]`);
        for (const problem of quoteProblems(child.value, locale)) fail(child, problem);
        child.value = typeset(child.value);
      }
      if ('children' in child) walk(child, child.type === 'containerDirective' ? depth + 1 : depth, child.type === 'containerDirective' ? child.name : inside, locale);
      if (child.type === 'paragraph') holdParagraphEnd(child);
      if (child.type === 'containerDirective' && child.name === 'correction') renderCorrection(child);
      if (child.type === 'containerDirective' && child.name === 'quote' && depth === 0) return renderQuote(child);
      return child;
    }) as typeof parent.children;
  };
  walk(tree, 0);
  // quotes next to each other sit side by side (on wide screens): one group
  type QuoteHtml = { type: 'html'; value: string; data: { pullQuote: true; count?: number } };
  const asQuote = (n: RootContent | undefined) =>
    n?.type === 'html' && (n.data as { pullQuote?: boolean } | undefined)?.pullQuote ? (n as unknown as QuoteHtml) : undefined;
  const grouped: RootContent[] = [];
  for (const node of tree.children) {
    const last = asQuote(grouped.at(-1));
    const quote = asQuote(node);
    if (quote && last) {
      last.data.count = (last.data.count ?? 1) + 1;
      last.value += quote.value;
    } else grouped.push(node);
  }
  for (const node of grouped) {
    const quote = asQuote(node);
    if (quote && (quote.data.count ?? 1) > 1) quote.value = `<div class="pull-quotes">${quote.value}</div>`;
  }
  tree.children = grouped;

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
      scrolly = { kind: 'scrolly', chart: nodeText(node).trim(), line: lineOf(node), steps: [] };
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
  return { body: { blocks, facts, terms, corrections, sources: quoteSources }, errors };
}
