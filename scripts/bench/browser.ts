import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../e2e/support/args';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The same window for every scenario: what is on screen decides what React renders. */
export const CONTEXT_OPTIONS = { locale: 'nl-BE', viewport: { width: 1366, height: 900 } };

export function launch(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** A fresh profile in `dir`: no HTTP cache, no code cache, no IndexedDB. */
export function launchProfile(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    ...CONTEXT_OPTIONS,
  });
}

/**
 * tsx compiles the bench with esbuild's keepNames, which wraps inner functions in `__name(...)`;
 * functions handed to the page (evaluate, init scripts) need that helper there too.
 */
const NAME_SHIM = 'globalThis.__name = (f) => f;';

/** Every page of the context gets the name shim and the probe before its own scripts run. */
export async function prepareContext(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript(installProbe);
}

/** What the probe below records in the page, in ms since the navigation started. */
export interface Probe {
  /** The first headline figure in the DOM, and the animation frame that paints it. */
  firstDom: number | null;
  first: number | null;
  /** The first figure that is the engine's own, not one computed ahead (`.kpi-provisional`). */
  firstComputed: number | null;
  /** Every headline figure of the page computed by the engine (none busy, provisional or '…'). */
  all: number | null;
  /** The longest main-thread task seen since the last reset. */
  longest: number;
  /** Whether every headline figure on the page is computed by the engine now. */
  readonly allShown: () => boolean;
}

declare global {
  interface Window {
    __bench?: Probe;
  }
}

/**
 * Installed before any script of the page runs. A MutationObserver notes the moment the first
 * headline figure shows a number and the moment every figure is computed; a PerformanceObserver
 * keeps the longest main-thread task. Nothing polls, so the times are not rounded to a poll.
 */
export function installProbe(): void {
  const allShown = () => {
    const cards = [...document.querySelectorAll('.kpi-card')];
    return (
      cards.length > 0 &&
      cards.every(
        (c) =>
          c.getAttribute('aria-busy') !== 'true' &&
          !c.classList.contains('kpi-provisional') &&
          !(c.querySelector('.kpi-value')?.textContent ?? '…').includes('…'),
      )
    );
  };
  const probe: Probe = {
    firstDom: null,
    first: null,
    firstComputed: null,
    all: null,
    longest: 0,
    allShown,
  };
  window.__bench = probe;
  const firstShown = (computed: boolean) =>
    [...document.querySelectorAll('.kpi-card')].some(
      (c) =>
        /\d/.test(c.querySelector('.kpi-value')?.textContent ?? '') &&
        !(computed && c.classList.contains('kpi-provisional')),
    );
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (probe.firstComputed === null && firstShown(true)) probe.firstComputed = now;
    if (probe.firstDom === null && firstShown(false)) {
      probe.firstDom = now;
      requestAnimationFrame(() => {
        probe.first = performance.now();
      });
    }
    if (probe.firstDom !== null && probe.all === null && allShown()) {
      probe.all = now;
      observer.disconnect();
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-busy', 'class'],
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longest = Math.max(probe.longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  } catch {
    // No long-task timing in this browser: the longest task stays 0.
  }
}

/** The start time of a performance mark of the app, once it exists. */
export async function waitForMark(page: Page, name: string, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? false,
    name,
    { timeout, polling: 50 },
  );
  return Number(await handle.jsonValue());
}

export async function waitForProbe(
  page: Page,
  key: 'first' | 'firstComputed' | 'all',
  timeout: number,
): Promise<number> {
  const handle = await page.waitForFunction(
    (k) => {
      const p = window.__bench;
      // Without animation frames (a hidden page), the DOM time stands in for the painted one.
      if (k === 'first') return p?.first ?? (document.hidden ? p?.firstDom : null) ?? false;
      return p?.[k] ?? false;
    },
    key,
    { timeout, polling: 50 },
  );
  return Number(await handle.jsonValue());
}

/**
 * Sets the URL as the app's own links and filter controls do (pushState, then popstate) and
 * resolves when every headline figure is computed again, in ms from the change to the
 * animation frame that paints the last one. Runs inside the page.
 */
export function changeUrlAndWait(
  search: string,
): Promise<{ ms: number; domMs: number; changed: number; cards: number; empty: number }> {
  const cards = () => [...document.querySelectorAll('.kpi-card')];
  const allShown = window.__bench?.allShown;
  if (!allShown) return Promise.reject(new Error('no bench probe in this page (prepareContext)'));
  const texts = () => cards().map((c) => c.textContent);
  const before = texts();
  return new Promise((resolve, reject) => {
    let t0 = 0;
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`figures not updated within 10 minutes after ${search}`));
    }, 600_000);
    // Only mutations after the change count: React commits the new URL (and marks the figures
    // busy) before the observer's first callback, so a callback with nothing busy is the end.
    const observer = new MutationObserver(() => {
      if (!allShown()) return;
      const domMs = performance.now() - t0;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const after = texts();
        resolve({
          ms: performance.now() - t0,
          domMs,
          changed: after.filter((t, i) => t !== before[i]).length,
          cards: after.length,
          empty: cards().filter((c) => c.querySelector('.kpi-value')?.textContent === '–').length,
        });
      });
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-busy', 'class'],
    });
    t0 = performance.now();
    history.pushState(null, '', search);
    dispatchEvent(new PopStateEvent('popstate'));
  });
}

/**
 * Peak resident memory (VmHWM, in MB of 10^6 bytes) of the renderer processes of the browser whose command line
 * carries `marker`; workers run as threads of their page's renderer, so DuckDB is included.
 */
export function rendererPeakMb(marker: string): number | null {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  const procs = out
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] ?? '' }));
  const root = procs.find((p) => p.args.includes(marker) && !p.args.includes('--type='));
  if (!root) return null;
  const family = new Set([root.pid]);
  for (let changed = true; changed;) {
    changed = false;
    for (const p of procs) {
      if (family.has(p.ppid) && !family.has(p.pid)) {
        family.add(p.pid);
        changed = true;
      }
    }
  }
  let peak = 0;
  for (const p of procs) {
    if (!family.has(p.pid) || !p.args.includes('--type=renderer')) continue;
    try {
      const status = readFileSync(`/proc/${String(p.pid)}/status`, 'utf8');
      const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, (kib * 1024) / 1e6);
    } catch {
      // The process ended between ps and the read.
    }
  }
  return peak;
}
