/**
 * Runs the dashboard's own survey import (detection, parsing, mapping, validation) on a file
 * in Node, storing nothing. Exit status: 0 accepted, 1 rejected, 2 usage error.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import {
  formatIssue,
  isLang,
  issueLines,
  translate,
  type Lang,
  type MessageKey,
} from '../src/i18n';
import type { ImportIssue } from '../src/ingest/issues';
import { applyMapping } from '../src/ingest/survey/apply';
import { parseMapping } from '../src/ingest/survey/mapping';
import { proposeMapping } from '../src/ingest/survey/propose';
import { readExport } from '../src/ingest/survey/read';
import type { Mapping, QuestionStats } from '../src/ingest/survey/types';

const USAGE =
  'usage: npm run import-check -- FILE [--mapping MAPPING.json] [--json] [--lang nl|en] [--data DIR]';

/**
 * What an import of a file that passes would still ask for: the round's year and fieldwork
 * when no submission date gives them, and the number invited (without it the round's response
 * rate stays unknown).
 */
type Ask = 'year' | 'fieldworkStart' | 'fieldworkEnd' | 'populationN';

interface Report {
  readonly file: string;
  readonly accepted: boolean;
  readonly stillAsks: readonly Ask[];
  readonly tool: string | null;
  readonly encoding: string | null;
  readonly separator: string | null;
  readonly responses: number;
  readonly mapping: 'given' | 'proposed';
  readonly errors: readonly Located[];
  readonly warnings: readonly Located[];
  readonly questions: readonly QuestionStats[];
}

interface Located {
  readonly line: number | null;
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
}

function located(lang: Lang, issues: readonly ImportIssue[], severity: ImportIssue['severity']) {
  return issues
    .filter((i) => i.severity === severity)
    .map((i) => ({ line: i.line, column: i.column, code: i.code, message: formatIssue(lang, i) }));
}

/** Project ids of the portfolio the file is checked against (unknown ones are warnings). */
function knownProjects(dataDir: string): Set<string> {
  try {
    const text = readFileSync(path.join(dataDir, 'projects.csv'), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    return new Set(parsed.data.map((r) => r.project_id ?? '').filter((id) => id !== ''));
  } catch {
    return new Set();
  }
}

function printText(r: Report, lang: Lang, issues: readonly ImportIssue[]): void {
  const out: string[] = [
    `${r.file}: ${r.accepted ? 'ACCEPTED' : 'REJECTED'}`,
    `tool: ${r.tool ?? '-'}   encoding: ${r.encoding ?? '-'}   separator: ${
      r.separator === '\t' ? 'tab' : (r.separator ?? '-')
    }   responses: ${String(r.responses)}   mapping: ${r.mapping}`,
  ];
  if (r.stillAsks.length > 0) {
    out.push(
      translate(lang, 'check.stillAsks', {
        fields: r.stillAsks.map((f) => translate(lang, ASK_LABEL[f])).join(', '),
      }),
    );
  }
  const lines = issueLines(lang, issues);
  if (lines.length > 0) out.push('', ...lines);
  if (r.questions.length > 0) {
    if (!r.accepted) out.push('', translate(lang, 'import.statsWithoutInvalid'));
    out.push('', 'code            answered  missing  n/a  invalid     mean     NPS');
    for (const q of r.questions) {
      const num = (v: number | null, d: number) => (v === null ? '-' : v.toFixed(d));
      out.push(
        `${q.code.padEnd(15)} ${String(q.answered).padStart(8)} ${String(q.missing).padStart(8)} ${String(
          q.notApplicable,
        ).padStart(
          4,
        )} ${String(q.invalid).padStart(8)} ${num(q.mean, 2).padStart(8)} ${num(q.nps, 1).padStart(7)}`,
      );
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

const ASK_LABEL: Record<Ask, MessageKey> = {
  year: 'import.year',
  fieldworkStart: 'import.fieldworkStart',
  fieldworkEnd: 'import.fieldworkEnd',
  populationN: 'import.populationN',
};

const isAsk = (v: string | undefined): v is Ask =>
  v === 'year' || v === 'fieldworkStart' || v === 'fieldworkEnd' || v === 'populationN';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        mapping: { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'nl' },
        data: { type: 'string', default: 'datasets' },
        help: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  const { values: args, positionals } = parsed;
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const lang = isLang(args.lang) ? args.lang : null;
  if (positionals.length !== 1 || lang === null) {
    process.stderr.write(
      `${lang === null ? `--lang takes nl or en, not "${args.lang}"` : 'give exactly one FILE'}\n${USAGE}\n`,
    );
    return 2;
  }
  const filePath = positionals[0] ?? '';
  let bytes: Uint8Array;
  let mappingText: string | null = null;
  try {
    bytes = new Uint8Array(readFileSync(filePath));
    if (args.mapping !== undefined) mappingText = readFileSync(args.mapping, 'utf8');
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  const fileName = path.basename(filePath);
  const base = {
    file: fileName,
    stillAsks: [],
    tool: null,
    encoding: null,
    separator: null,
    responses: 0,
    questions: [],
  };
  const emit = (r: Report, issues: readonly ImportIssue[]): number => {
    if (args.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    else printText(r, lang, issues);
    return r.accepted ? 0 : 1;
  };

  const read = await readExport(bytes, fileName);
  if (!read.ok) {
    return emit(
      {
        ...base,
        accepted: false,
        mapping: mappingText === null ? 'proposed' : 'given',
        errors: located(lang, read.issues, 'error'),
        warnings: located(lang, read.issues, 'warning'),
      },
      read.issues,
    );
  }
  const file = read.file;
  let mapping: Mapping;
  if (mappingText !== null) {
    const m = parseMapping(mappingText, path.basename(args.mapping ?? ''));
    if (!m.ok) {
      return emit(
        {
          ...base,
          tool: file.tool,
          encoding: file.encoding,
          separator: file.separator,
          accepted: false,
          mapping: 'given',
          errors: located(lang, m.issues, 'error'),
          warnings: [],
        },
        m.issues,
      );
    }
    mapping = m.mapping;
  } else {
    mapping = proposeMapping(file);
  }
  const applied = applyMapping(file, mapping, mapping.survey ?? {}, {
    knownProjects: knownProjects(args.data),
    existingSurveys: new Set(),
  });
  // Round details are the import's to ask for: without them the file itself is still checked.
  const asked = applied.issues.filter((i) => i.code === 'wave_incomplete');
  const issues = [...read.issues, ...applied.issues.filter((i) => i.code !== 'wave_incomplete')];
  const stillAsks: Ask[] = asked.map((i) => i.value).filter(isAsk);
  if ((mapping.survey?.populationN ?? null) === null) stillAsks.push('populationN');
  return emit(
    {
      file: fileName,
      accepted: !issues.some((i) => i.severity === 'error'),
      stillAsks,
      tool: file.tool,
      encoding: file.encoding,
      separator: file.separator,
      responses: applied.responses,
      mapping: mappingText === null ? 'proposed' : 'given',
      errors: located(lang, issues, 'error'),
      warnings: located(lang, issues, 'warning'),
      questions: applied.stats,
    },
    issues,
  );
}

process.exitCode = await main();
