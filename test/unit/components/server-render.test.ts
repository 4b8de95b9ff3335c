// Server render of every Svelte component: what the page shows without JavaScript, and that rendering
// on the server touches no browser API.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import RowBars from '../../../src/components/charts/RowBars.svelte';
import { barsLayout, barsOptions, type BarsRow } from '../../../src/lib/charts/bars';

const rows: BarsRow[] = [
  { id: 'NVDA', label_en: 'Nvidia', label_de: 'Nvidia', change_pct: -16.97, tone: 'nvidia', source: 's', decimals: 2 },
  { id: 'AAPL', label_en: 'Apple', label_de: 'Apple', change_pct: 3.18, source: 's', decimals: 2 },
  { id: 'GSPC', label_en: 'S&P 500', label_de: 'S&P 500', change_pct: -1.46, style: 'outline', source: 's', decimals: 2 },
];
const bars = barsLayout('change_pct', 'pct-change', barsOptions.parse({ sort: 'ascending', signTones: true }));
const layouts = [{ highlight: ['NVDA'], show: [] }, { highlight: ['AAPL'], show: [] }].map((s) => bars(rows, s, 'en'));

describe('RowBars', () => {
  it('renders every bar, label and value as SVG at step 1', () => {
    const { body } = render(RowBars, { props: { layouts, labelledBy: 't', describedBy: 'd' } });
    expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="t"[^>]*aria-describedby="d"/);
    expect(body.match(/<rect/g)).toHaveLength(3);
    expect(body).toContain('>Nvidia</tspan>');
    expect(body).toContain('>S&amp;P\u00a0500</tspan>'); // (held together: typeset)
    expect(body).toContain('\u221217.0%');
    expect(body).toMatch(/class="bar tone-nvidia style-solid[^"]*"[^>]*data-row="NVDA"[^>]*data-highlighted="true"/);
    expect(body).toMatch(/class="bar tone-muted style-solid[^"]*"[^>]*data-row="AAPL"[^>]*data-highlighted="false"/);
    expect(body).toMatch(/class="bar tone-muted style-outline[^"]*"[^>]*data-row="GSPC"/);
    expect(body).toContain('data-step-drawn="1"');
  });
});
