import type { Page } from 'playwright-core';

export interface ExplorerRun {
  /** From the Run button to the first page shown with the result's row count. */
  readonly firstPageMs: number;
  /** From "last page" to the last rows shown. */
  readonly lastPageMs: number;
}

export interface ExplorerFigures {
  /** From navigating to the explorer to its copy of the data ready to run. */
  readonly readyMs: number;
  readonly runs: readonly ExplorerRun[];
}

const nl = (n: number) => n.toLocaleString('nl-BE');

/**
 * Clicks a button of the page and times, in the page, until `[data-testid=grid-range]` contains
 * `expected`, to the animation frame that paints it.
 */
function clickAndWaitForRange({
  button,
  expected,
}: {
  button: string;
  expected: string;
}): Promise<number> {
  const range = () => document.querySelector('[data-testid=grid-range]')?.textContent ?? '';
  const target = document.querySelector<HTMLButtonElement>(`[data-testid=${button}]`);
  if (!target) return Promise.reject(new Error(`no ${button} button`));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`"${expected}" not shown within 10 minutes`));
    }, 600_000);
    const observer = new MutationObserver(() => {
      if (!range().includes(expected)) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve(performance.now() - t0));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const t0 = performance.now();
    target.click();
  });
}

/** Runs a one-row statement and waits for its column in the grid, so the next run starts clean. */
async function resetGrid(page: Page): Promise<void> {
  await page.getByTestId('sql-editor').fill('SELECT 1 AS bench_reset');
  await page.getByTestId('explorer-run').click();
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-testid=explorer-running]') &&
      [...document.querySelectorAll('[data-testid=result-grid] th')].some((th) =>
        th.textContent.includes('bench_reset'),
      ),
    null,
    { timeout: 60_000 },
  );
}

/**
 * Opens the SQL explorer and runs `sql`, a statement of `rows` rows, `runs` times: the first page
 * (100 rows and the count), then the last page. Between runs a one-row statement clears the
 * grid, so that each run waits for its own result.
 */
export async function measureExplorer(
  page: Page,
  base: string,
  sql: string,
  rows: number,
  runs: number,
  log: (line: string) => void,
): Promise<ExplorerFigures> {
  const t0 = Date.now();
  await page.goto(`${base}?view=explorer`);
  await page.getByTestId('schema').waitFor({ timeout: 600_000 });
  await page.locator('[data-testid=explorer-run]:enabled').waitFor({ timeout: 600_000 });
  const readyMs = Date.now() - t0;
  log(`explorer ready after ${String(readyMs)} ms`);
  const lastStart = Math.floor((rows - 1) / 100) * 100 + 1;
  const out: ExplorerRun[] = [];
  for (let i = 0; i < runs; i++) {
    await resetGrid(page);
    await page.getByTestId('sql-editor').fill(sql);
    const firstPageMs = await page.evaluate(clickAndWaitForRange, {
      button: 'explorer-run',
      expected: `van ${nl(rows)}`,
    });
    const lastPageMs = await page.evaluate(clickAndWaitForRange, {
      button: 'grid-last',
      expected: `${nl(lastStart)}–${nl(rows)}`,
    });
    out.push({ firstPageMs, lastPageMs });
    log(
      `explorer ${sql}: first page ${firstPageMs.toFixed(0)} ms, last page ${lastPageMs.toFixed(0)} ms`,
    );
  }
  return { readyMs, runs: out };
}
