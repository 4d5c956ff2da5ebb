import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { NetworkEntry } from './start';

export interface Sizes {
  /** JavaScript requested before the first headline figure was shown: files and gzip bytes. */
  readonly initialJs: readonly {
    readonly file: string;
    readonly raw: number;
    readonly gzip: number;
  }[];
  readonly initialJsGzip: number;
  /** The part of it that is worker scripts (loaded beside the page, not blocking it). */
  readonly initialWorkerJsGzip: number;
  /** All JavaScript of the cold start (until every figure was computed), gzip. */
  readonly coldJsGzip: number;
  readonly wasm: readonly {
    readonly file: string;
    readonly raw: number;
    readonly brotli: number;
    readonly loaded: boolean;
  }[];
  /** Bytes on the wire on a cold start, as `vite preview` serves (JS gzip, WASM uncompressed). */
  readonly coldTransferred: number;
  /** The same, had the host served the WASM brotli-compressed. */
  readonly coldTransferredWasmBrotli: number;
  readonly coldRequests: number;
  /** Requests whose body size was taken from the built file. */
  readonly estimatedBodies: number;
}

const isJs = (url: string) => /\.m?js(\?|$)/.test(new URL(url).pathname);

function fileOf(dist: string, url: string): string | null {
  const u = new URL(url);
  if (u.protocol !== 'http:') return null;
  const file = path.join(dist, decodeURIComponent(u.pathname));
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Brotli at quality 11 takes a minute on a 34 MB file: kept per (content-hashed) file name. */
function brotliSize(cacheFile: string, file: string): number {
  const cache: Record<string, number> = existsSync(cacheFile)
    ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, number>)
    : {};
  const key = `${path.basename(file)}:${String(statSync(file).size)}`;
  const hit = cache[key];
  if (hit !== undefined) return hit;
  const size = brotliCompressSync(readFileSync(file)).length;
  cache[key] = size;
  writeFileSync(cacheFile, JSON.stringify(cache, null, 2));
  return size;
}

/**
 * Sizes from the network log of a cold start: which files loaded before the first figure (not
 * only index.html's script tags: workers and chunks loaded on start count too), gzip of each
 * as built, and what went over the wire.
 */
export function sizesFrom(
  dist: string,
  network: readonly NetworkEntry[],
  firstFigureMs: number,
  cacheDir: string,
): Sizes {
  const initialJs: { file: string; raw: number; gzip: number }[] = [];
  let coldJsGzip = 0;
  for (const e of network) {
    const file = isJs(e.url) ? fileOf(dist, e.url) : null;
    if (!file) continue;
    const bytes = readFileSync(file);
    const gzip = gzipSync(bytes).length;
    coldJsGzip += gzip;
    if (e.startMs <= firstFigureMs) {
      initialJs.push({ file: path.relative(dist, file), raw: bytes.length, gzip });
    }
  }
  const assets = path.join(dist, 'assets');
  const loaded = new Set(
    network.map((e) => fileOf(dist, e.url)).filter((f): f is string => f !== null),
  );
  const cacheFile = path.join(cacheDir, 'brotli-sizes.json');
  const wasm = readdirSync(assets)
    .filter((f) => f.endsWith('.wasm'))
    .map((f) => {
      const file = path.join(assets, f);
      return {
        file: path.join('assets', f),
        raw: statSync(file).size,
        brotli: brotliSize(cacheFile, file),
        loaded: loaded.has(file),
      };
    });
  // A dedicated worker's own script is fetched without a body size in the log: its size as
  // served (gzip for JavaScript, as vite preview sends it) stands in.
  let estimatedBodies = 0;
  const coldTransferred = network.reduce((sum, e) => {
    const file = e.bodyBytes === 0 && e.status === 200 ? fileOf(dist, e.url) : null;
    if (!file) return sum + e.headerBytes + e.bodyBytes;
    estimatedBodies++;
    const bytes = readFileSync(file);
    return sum + e.headerBytes + (e.encoding === 'gzip' ? gzipSync(bytes).length : bytes.length);
  }, 0);
  const wasmSaving = wasm.filter((w) => w.loaded).reduce((s, w) => s + (w.raw - w.brotli), 0);
  return {
    initialJs,
    initialJsGzip: initialJs.reduce((s, f) => s + f.gzip, 0),
    initialWorkerJsGzip: initialJs
      .filter((f) => /\.worker-[\w-]+\.js$/.test(f.file))
      .reduce((s, f) => s + f.gzip, 0),
    coldJsGzip,
    wasm,
    coldTransferred,
    coldTransferredWasmBrotli: coldTransferred - wasmSaving,
    coldRequests: network.length,
    estimatedBodies,
  };
}
