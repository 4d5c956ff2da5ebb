import { defineConfig, type Plugin } from 'vitest/config';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import react from '@vitejs/plugin-react';

/** Where the development server serves them (see src/queries/overview.ts). */
const FIRST_VIEW_FILE = 'first-view.json';

/**
 * The built page's Content-Security-Policy, as a meta tag so that it holds on any static host:
 * everything from the app's own origin, WebAssembly compilation for DuckDB, blob: for
 * downloads and workers, no inline script, no plugins, no <base>. The development server keeps
 * none (its hot reload injects inline script).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'pio-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Writes the overview's figures on the demo data with no filters, computed at build time by the
 * app's own indicator code on the same engine, as a JSON asset that index.html preloads: a first
 * visit shows them while DuckDB starts (src/queries/earlyFigures.ts finds the file by the link's
 * `data-first-view`). Computed again on every build, so they cannot drift from the code or data.
 */
function firstView(): Plugin {
  let json: Promise<string> | null = null;
  let building = false;
  // In a process of its own: the engine runs synchronously, and bundling goes on meanwhile.
  const compute = (): Promise<string> =>
    (json ??= new Promise((resolve, reject) => {
      execFile(
        path.resolve('node_modules/.bin/tsx'),
        ['scripts/firstView.ts', 'datasets'],
        { maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) => {
          if (error) reject(new Error(`figures computed ahead: ${stderr || error.message}`));
          else resolve(stdout);
        },
      );
    }));
  const fileName = async (): Promise<string> =>
    building
      ? `assets/first-view-${createHash('sha256')
          .update(await compute())
          .digest('hex')
          .slice(0, 10)}.json`
      : FIRST_VIEW_FILE;
  return {
    name: 'pio-first-view',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (this.environment.config.consumer === 'client') void compute().catch(() => undefined);
    },
    async generateBundle() {
      if (this.environment.config.consumer !== 'client') return;
      this.emitFile({ type: 'asset', fileName: await fileName(), source: await compute() });
    },
    transformIndexHtml: {
      order: 'post',
      handler: async () => [
        {
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'fetch',
            crossorigin: 'anonymous',
            href: `./${await fileName()}`,
            'data-first-view': true,
          },
          injectTo: 'head',
        },
      ],
    },
    configureServer(server) {
      server.middlewares.use(`/${FIRST_VIEW_FILE}`, (_req, res, next) => {
        compute().then((body) => {
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        }, next);
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), firstView()],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
