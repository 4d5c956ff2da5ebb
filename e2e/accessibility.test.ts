import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openSession, waitForData, waitForFigures } from './support/browser';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

const VIEWS = [
  ['overview', 'Overzicht'],
  ['reach', 'Bereik'],
  ['companies', 'Kansen voor bedrijven'],
  ['innovation', 'Gerealiseerde innovaties'],
  ['satisfaction', 'Tevredenheid'],
  ['catalogue', 'Catalogus'],
  ['data', 'Data'],
  ['import', 'Importeren'],
  ['explorer', 'SQL'],
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('finds no serious or critical violation on any view', async () => {
    const { page, context } = await openSession(browser, { bypassCSP: true });
    await page.goto(baseUrl());
    await waitForFigures(page);
    const found: Record<string, string[]> = {};
    for (const [view, label] of VIEWS) {
      if (view !== 'overview') {
        await page
          .getByRole('navigation', { name: 'Hoofdnavigatie' })
          .getByRole('link', { name: label })
          .click();
      }
      if (view === 'data') await waitForData(page);
      else if (view === 'import') await page.getByTestId('workspace').waitFor();
      else if (view === 'catalogue') await page.getByTestId('definition-A1').waitFor();
      else if (view === 'explorer') {
        await page.getByTestId('schema').waitFor({ timeout: 60_000 });
        await page.getByTestId('explorer-run').click();
        await page.getByTestId('result-grid').waitFor({ timeout: 60_000 });
      } else await waitForFigures(page);
      found[view] = await seriousViolations(page);
      if (view === 'companies') {
        await page.getByTestId('kpi-B12-records').click();
        await page.getByTestId('drill-table').waitFor();
        found['drill-down'] = await seriousViolations(page);
        await page.keyboard.press('Escape');
        await page.getByTestId('drill-down').waitFor({ state: 'detached' });
      }
    }
    expect(found).toEqual(
      Object.fromEntries([...VIEWS.map(([v]) => v), 'drill-down'].map((v) => [v, []])),
    );
    await context.close();
  });

  it('reaches the filters, the navigation and every figure by keyboard with a visible focus', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(baseUrl());
    await waitForFigures(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const style = getComputedStyle(el);
        return { text: el.textContent.trim().slice(0, 40), outline: style.outlineStyle };
      });
      if (info) {
        seen.add(info.text);
        expect(info.outline).not.toBe('none');
      }
    }
    expect([...seen]).toEqual(
      expect.arrayContaining(['Overzicht', 'Data', 'English', 'Filters wissen']),
    );
    await context.close();
  });
});
