import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { launchProfile, prepareContext, waitForMark, waitForProbe } from './browser';

/** One request of a page load, in the page's clock (ms since its navigation started). */
export interface NetworkEntry {
  readonly url: string;
  readonly resourceType: string;
  readonly status: number;
  /** When the request started, ms after the navigation started. */
  readonly startMs: number;
  /** Bytes on the wire: response headers and (encoded) body. */
  readonly headerBytes: number;
  /** 0 where the browser did not report it (a worker's own script). */
  readonly bodyBytes: number;
  readonly encoding: string | null;
}

export interface VisitFigures {
  /** The first headline figure painted, also one computed ahead of the engine. */
  readonly firstFigureMs: number;
  /** The first headline figure computed by the engine itself. */
  readonly firstComputedMs: number;
  readonly engineReadyMs: number;
  readonly dataLoadedMs: number;
  readonly allFiguresMs: number;
}

export interface StartRun {
  readonly cold: VisitFigures;
  readonly reload: VisitFigures;
  /** Every request of the cold start, until every figure was computed. */
  readonly coldNetwork: readonly NetworkEntry[];
}

const TIMEOUT = 180_000;

/** Records every finished request of the context; `take` stamps them in the page's clock. */
function recordNetwork(context: BrowserContext): {
  take: (originEpochMs: number) => Promise<NetworkEntry[]>;
} {
  let entries: Promise<NetworkEntry & { epochMs: number }>[] = [];
  const entry = async (r: Request) => {
    const [sizes, response] = await Promise.all([r.sizes(), r.response()]);
    const headers = response ? await response.allHeaders() : {};
    return {
      url: r.url(),
      resourceType: r.resourceType(),
      status: response?.status() ?? 0,
      epochMs: r.timing().startTime,
      startMs: NaN,
      headerBytes: sizes.responseHeadersSize,
      bodyBytes: sizes.responseBodySize,
      encoding: headers['content-encoding'] ?? null,
    };
  };
  context.on('requestfinished', (r) => {
    const e = entry(r);
    e.catch(() => undefined);
    entries.push(e);
  });
  return {
    take: async (origin) => {
      const taken = await Promise.all(entries);
      entries = [];
      return taken.map(({ epochMs, ...e }) => ({ ...e, startMs: epochMs - origin }));
    },
  };
}

async function visit(page: Page, base: string): Promise<{ figures: VisitFigures; origin: number }> {
  await page.goto(base);
  const firstFigureMs = await waitForProbe(page, 'first', TIMEOUT);
  const engineReadyMs = await waitForMark(page, 'pio:engine-ready', TIMEOUT);
  const dataLoadedMs = await waitForMark(page, 'pio:data-loaded', TIMEOUT);
  const allFiguresMs = await waitForProbe(page, 'all', TIMEOUT);
  const firstComputedMs = await waitForProbe(page, 'firstComputed', TIMEOUT);
  const origin = await page.evaluate(() => performance.timeOrigin);
  return {
    figures: { firstFigureMs, firstComputedMs, engineReadyMs, dataLoadedMs, allFiguresMs },
    origin,
  };
}

/**
 * A first visit in a new browser profile, then a second visit in the same profile (a new tab,
 * as someone coming back the next day: HTTP cache, code cache and IndexedDB as the first left
 * them). Times run from the navigation's start, in the page's own clock.
 */
export async function measureStart(base: string): Promise<StartRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pio-bench-profile-'));
  let context: BrowserContext | null = null;
  try {
    context = await launchProfile(dir);
    await prepareContext(context);
    const network = recordNetwork(context);
    const page = context.pages()[0] ?? (await context.newPage());
    const first = await visit(page, base);
    const coldNetwork = await network.take(first.origin);
    // Let whatever the first visit stores (caches, IndexedDB) settle before the second visit.
    await page.waitForTimeout(1500);
    const second = await context.newPage();
    await page.close();
    const again = await visit(second, base);
    return { cold: first.figures, reload: again.figures, coldNetwork };
  } finally {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
