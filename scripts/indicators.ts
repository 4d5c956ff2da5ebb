import path from 'node:path';
import { parseArgs } from 'node:util';
import { createNodeEngine } from '../src/engine/node';
import { loadDataset } from '../src/ingest/dataset';
import { issueLines, isLang } from '../src/i18n';
import type { ImportIssue } from '../src/ingest/issues';
import { datasetFiles, locateInFiles, readPortfolioFiles } from '../src/ingest/portfolio/set';
import { readFolderFiles } from '../src/ingest/readFolder';
import { computeAll } from '../src/indicators/run';
import { NO_FILTERS } from '../src/indicators/filters';
import { describeFilters, toCsv } from '../src/indicators/report';
import { applyFilterArg, parseAsOf, UsageError } from './indicators/args';
import { toTable } from './indicators/table';

/** Exit status when every indicator that could be computed was printed, but some failed. */
const SOME_FAILED = 3;

const USAGE = `usage: npm run indicators -- [--data DIR] [--as-of YYYY-MM-DD|evaluation2022|latest]
         [--filter key=value[,value...]]... [--format table|json|csv] [--lang nl|en] [--repeat N]`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        data: { type: 'string', default: 'datasets' },
        'as-of': { type: 'string', default: 'latest' },
        filter: { type: 'string', multiple: true, default: [] },
        format: { type: 'string', default: 'table' },
        lang: { type: 'string', default: 'nl' },
        repeat: { type: 'string', default: '1' },
        help: { type: 'boolean', default: false },
      },
      allowPositionals: false,
    }).values;
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let filters = NO_FILTERS;
  const lang = isLang(args.lang) ? args.lang : null;
  try {
    if (lang === null) throw new UsageError(`--lang takes nl or en, not "${args.lang}"`);
    if (!['table', 'json', 'csv'].includes(args.format)) {
      throw new UsageError(`--format takes table, json or csv, not "${args.format}"`);
    }
    filters = { ...filters, asOf: parseAsOf(args['as-of']) };
    for (const f of args.filter) filters = applyFilterArg(filters, f);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }

  const dir = path.resolve(args.data);
  const inputs = await readFolderFiles(dir).catch((e: unknown) => {
    throw new UsageError(`cannot read ${dir}: ${e instanceof Error ? e.message : String(e)}`);
  });
  const read = await readPortfolioFiles(inputs);
  const printIssues = (issues: readonly ImportIssue[]) => {
    for (const line of issueLines(lang, issues)) process.stderr.write(`${line}\n`);
  };
  if (!read.ok) {
    printIssues(read.issues);
    return 1;
  }
  const engine = await createNodeEngine();
  try {
    const report = await loadDataset(engine, datasetFiles(read.tables));
    printIssues([...read.issues, ...locateInFiles(report.issues, read.tables)]);
    if (!report.ok) return 1;
    const repeat = Math.max(1, Number(args.repeat) || 1);
    const times: number[] = [];
    const options = { missingTables: report.missing, absentColumns: report.absentColumns };
    let results = await computeAll(filters, (q) => engine.query(q), options);
    for (let i = 1; i < repeat; i++) {
      const t0 = performance.now();
      results = await computeAll(filters, (q) => engine.query(q), options);
      times.push(performance.now() - t0);
    }
    if (times.length > 0) {
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] ?? NaN;
      process.stderr.write(
        `computed ${results.length} indicators in ${median.toFixed(0)} ms ` +
          `(median of ${times.length} runs after a first one; min ${(times[0] ?? NaN).toFixed(0)}, ` +
          `max ${(times[times.length - 1] ?? NaN).toFixed(0)})\n`,
      );
    }
    if (args.format === 'json') {
      process.stdout.write(
        `${JSON.stringify({ filters: describeFilters(filters), data: dir, results }, null, 2)}\n`,
      );
    } else if (args.format === 'csv') {
      process.stdout.write(toCsv(results));
    } else {
      const context = Object.entries(describeFilters(filters))
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      process.stdout.write(`# ${context}\n${toTable(results)}`);
    }
    const failed = results.filter((r) => r.error !== undefined);
    for (const r of failed) process.stderr.write(`${r.id}: ${r.error ?? ''}\n`);
    return failed.length > 0 ? SOME_FAILED : 0;
  } finally {
    await engine.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof UsageError ? e.message : String(e)}\n`);
    process.exit(e instanceof UsageError ? 2 : 1);
  },
);
