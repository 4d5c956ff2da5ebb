import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openSession, screenshot, waitForFigures } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** What each view shows once it is ready. */
const READY: Record<string, string> = {
  overview: '.kpi-value',
  reach: '.kpi-card figure.chart',
  companies: '.kpi-card figure.chart',
  innovation: '.kpi-card figure.chart',
  satisfaction: '.kpi-card figure.chart',
  catalogue: '[data-testid=catalogue] h2, main h2',
  data: '[data-testid=table-list] tbody tr',
  import: '[data-testid=rounds] tr[data-survey]',
  explorer: '[data-testid=schema]',
};

/**
 * Opens a view: the first by loading the page, the next as the app itself moves (history and
 * popstate), so the engine started once serves them all.
 */
async function open(page: Page, view: string, lang: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  const url = `${baseUrl()}?view=${view}&lang=${lang}`;
  if (page.url().startsWith(baseUrl())) {
    await page.evaluate((next) => {
      history.pushState(null, '', next);
      dispatchEvent(new PopStateEvent('popstate'));
    }, url);
  } else {
    await page.goto(url);
  }
  await page
    .locator(READY[view] ?? 'main')
    .first()
    .waitFor({ timeout: 90_000 });
  if (['overview', 'reach', 'companies', 'innovation', 'satisfaction'].includes(view)) {
    await waitForFigures(page);
  }
  // Charts draw their value labels once they know their width.
  await page.waitForTimeout(400);
}

/**
 * Pairs of a chart's value label and another of its marks (a bar, a whisker, a benchmark, or
 * another label) whose boxes overlap, as `chart: label / mark`.
 */
function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const box = (e: Element) => e.getBoundingClientRect();
    // A whisker is a line: its box has no width or no height, so marks count with their stroke.
    const meet = (a: DOMRect, b: DOMRect) =>
      a.width > 0 &&
      a.height > 0 &&
      a.left < b.right + 1 &&
      b.left - 1 < a.right &&
      a.top < b.bottom + 1 &&
      b.top - 1 < a.bottom;
    for (const chart of document.querySelectorAll('figure.chart')) {
      const name = chart.getAttribute('data-testid') ?? 'chart';
      const labels = [...chart.querySelectorAll('.bar-value')];
      const marks = [
        ...chart.querySelectorAll(
          '.bar, .recharts-errorBar line, .benchmark-mark, .recharts-reference-line line',
        ),
      ];
      labels.forEach((label, i) => {
        const b = box(label);
        for (const mark of marks) {
          if (meet(b, box(mark))) out.push(`${name}: “${label.textContent}” / mark`);
        }
        for (const other of labels.slice(i + 1)) {
          const o = box(other);
          const apart =
            o.top >= b.bottom || b.top >= o.bottom || o.left >= b.right || b.left >= o.right;
          if (!apart) out.push(`${name}: “${label.textContent}” / label`);
        }
      });
    }
    return out;
  });
}

describe('views as a reader sees them', () => {
  it.each(['nl', 'en'])(
    'fits every view in 1024 pixels without sideways scrolling, in %s, and keeps every chart value clear of the marks',
    async (lang) => {
      const { page, context, pageErrors } = await openSession(browser);
      for (const view of Object.keys(READY)) {
        await open(page, view, lang, 1024);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${view} ${lang}`).toBeLessThanOrEqual(1024);
        expect(await overlaps(page), `${view} ${lang}`).toEqual([]);
        await screenshot(page, `view-${view}-${lang}-1024`);
      }
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    600_000,
  );

  it('fills the width with the overview at 1366 and 1920 pixels', async () => {
    const { page, context } = await openSession(browser);
    for (const width of [1366, 1920]) {
      await open(page, 'overview', 'nl', width);
      // The four cards of a question share one row: the last ends near the right edge.
      const right = await page
        .getByTestId('question-reach')
        .locator('.kpi-card')
        .evaluateAll((cards) => Math.max(...cards.map((c) => c.getBoundingClientRect().right)));
      expect(right, String(width)).toBeGreaterThan(width * 0.9);
      await screenshot(page, `view-overview-nl-${String(width)}`);
    }
    await context.close();
  });

  it('keeps chart values clear of whiskers and draws small cells as uncertain, under a narrow filter', async () => {
    const { page, context } = await openSession(browser);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${baseUrl()}?view=satisfaction&themes=care`);
    await waitForFigures(page);
    const whiskers = page.locator('[data-testid=chart-D25] .recharts-errorBar line');
    await whiskers.first().waitFor({ state: 'attached' });
    await page.locator('[data-testid=chart-D25] .bar-value').first().waitFor();
    expect(await overlaps(page)).toEqual([]);
    // The check sees a label that sits on a whisker, as labels used to (once the chart has
    // settled, so that no render puts the label back in between).
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      const label = document.querySelector('[data-testid=chart-D25] .bar-value');
      const whisker = document.querySelector('[data-testid=chart-D25] .recharts-errorBar line');
      if (label && whisker) label.setAttribute('x', whisker.getAttribute('x1') ?? '0');
    });
    expect((await overlaps(page)).length).toBeGreaterThan(0);
    await page.reload();
    await waitForFigures(page);
    // Fewer than 10 respondents: the value says its n, the bar is drawn uncertain.
    await page.locator('[data-testid=chart-D25] .bar-uncertain').first().waitFor();
    expect(await page.getByTestId('chart-D25').textContent()).toMatch(/n = \d/);
    // Every cell hidden: said in words, no empty plot.
    expect(await page.getByTestId('chart-D27-all-hidden').textContent()).toContain(
      'Alle 4 cellen zijn verborgen',
    );
    await screenshot(page, 'view-satisfaction-care-1366');
    await context.close();
  });
});
