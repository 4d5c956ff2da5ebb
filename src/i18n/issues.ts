import { valueLabel } from './labels';
import { isMessageKey, translate, type Lang, type MessageKey } from './messages';

/** The parts of an import problem a message needs (see ingest/issues.ts). */
export interface IssueLike {
  readonly severity?: 'error' | 'warning';
  readonly code: string;
  readonly file: string;
  readonly line: number | null;
  readonly column: string | null;
  readonly value?: string;
  readonly detail?: string;
  readonly suggestion?: string;
  readonly count?: number;
  readonly args?: Readonly<Record<string, string>>;
}

export function issueLocation(lang: Lang, issue: IssueLike): string {
  if (issue.line === null) return translate(lang, 'issue.whereFile', { file: issue.file });
  if (issue.column === null) {
    return translate(lang, 'issue.whereNoColumn', { file: issue.file, line: issue.line });
  }
  return translate(lang, 'issue.where', {
    file: issue.file,
    line: issue.line,
    column: issue.column,
  });
}

/** `oost_vlaanderen (Oost-Vlaanderen)`: a key as the file should hold it, and what it means. */
function keysShown(lang: Lang, keys: string): string {
  return keys
    .split(', ')
    .filter((k) => k !== '')
    .map((k) => {
      const label = valueLabel(lang, k);
      return label === k ? k : `${k} (${label})`;
    })
    .join(', ');
}

/** The wave fields a message names, as the import form labels them. */
const WAVE_FIELDS: Readonly<Record<string, MessageKey>> = {
  surveyId: 'import.surveyId',
  name: 'import.waveName',
  year: 'import.year',
  fieldworkStart: 'import.fieldworkStart',
  fieldworkEnd: 'import.fieldworkEnd',
  populationN: 'import.populationN',
};

/** The detail of a problem: a mapping or wave problem's key says it in the UI language. */
function detailOf(lang: Lang, issue: IssueLike): string {
  const detail = issue.detail ?? '';
  const key = `problem.${detail}`;
  if ((issue.code === 'bad_mapping' || issue.code === 'bad_wave') && isMessageKey(key)) {
    return translate(lang, key, issue.args);
  }
  return detail;
}

export function issueMessage(lang: Lang, issue: IssueLike): string {
  const waveField = issue.code === 'wave_incomplete' ? WAVE_FIELDS[issue.value ?? ''] : undefined;
  const key = `issue.${issue.code}`;
  const detail = detailOf(lang, issue);
  // A code this build has no text for (a newer stored import) is shown as it is, not dropped.
  const message = isMessageKey(key)
    ? translate(lang, key, {
        value: waveField ? translate(lang, waveField) : (issue.value ?? ''),
        detail,
        count: issue.count ?? 1,
      })
    : [issue.code, issue.value, detail].filter((x) => x !== undefined && x !== '').join(': ');
  if (issue.suggestion === undefined || issue.suggestion === '') return message;
  return `${message} ${translate(lang, 'issue.suggestion', { keys: keysShown(lang, issue.suggestion) })}`;
}

export function formatIssue(lang: Lang, issue: IssueLike): string {
  return `${issueLocation(lang, issue)}: ${issueMessage(lang, issue)}`;
}

/** Problems of one kind, in one column of one file, about one value: said once. */
export interface IssueGroup {
  /** The first of them, which the message describes. */
  readonly issue: IssueLike;
  readonly severity: 'error' | 'warning';
  /** Every line they are on, in file order. */
  readonly lines: readonly number[];
  /** How many cells they stand for. */
  readonly count: number;
}

/**
 * The problems of a list grouped the way a person fixes them: one group per kind, file,
 * column and value (an unknown answer label in 244 rows is one thing to fix), errors first.
 */
export function groupIssues(issues: readonly IssueLike[]): IssueGroup[] {
  const groups = new Map<string, { issue: IssueLike; lines: number[]; count: number }>();
  for (const issue of issues) {
    const key = [issue.severity ?? 'error', issue.code, issue.file, issue.column, issue.value]
      .map((p) => p ?? '')
      .join('\u0000');
    const group = groups.get(key);
    if (group) {
      if (issue.line !== null) group.lines.push(issue.line);
      group.count += issue.count ?? 1;
    } else {
      groups.set(key, {
        issue,
        lines: issue.line === null ? [] : [issue.line],
        count: issue.count ?? 1,
      });
    }
  }
  const out = [...groups.values()].map((g) => ({
    ...g,
    severity: g.issue.severity ?? 'error',
    lines: [...new Set(g.lines)].sort((a, b) => a - b),
  }));
  return [
    ...out.filter((g) => g.severity === 'error'),
    ...out.filter((g) => g.severity !== 'error'),
  ];
}

/** Lines shown before "and n more". */
export const FIRST_LINES = 5;

/** Where a group's problems are: the file, its column, and its first lines. */
export function groupLocation(lang: Lang, group: IssueGroup, all = false): string {
  const { issue, lines } = group;
  if (lines.length <= 1) return issueLocation(lang, issue);
  const shown = all ? lines : lines.slice(0, FIRST_LINES);
  const more = lines.length - shown.length;
  const list =
    shown.join(', ') + (more > 0 ? ` ${translate(lang, 'issue.andMore', { n: more })}` : '');
  return issue.column === null
    ? translate(lang, 'issue.whereLines', { file: issue.file, lines: list })
    : translate(lang, 'issue.whereLinesColumn', {
        file: issue.file,
        column: issue.column,
        lines: list,
      });
}

/** The grouped problems as lines of text, errors apart from warnings, for the command line. */
export function issueLines(lang: Lang, issues: readonly IssueLike[]): string[] {
  const groups = groupIssues(issues);
  const out: string[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const of = groups.filter((g) => g.severity === severity);
    if (of.length === 0) continue;
    const cells = of.reduce((n, g) => n + g.count, 0);
    out.push(
      translate(lang, severity === 'error' ? 'issue.errorsHeading' : 'issue.warningsHeading', {
        n: of.length,
        cells,
      }),
    );
    for (const g of of) {
      const times = g.count > 1 ? ` (${translate(lang, 'issue.times', { n: g.count })})` : '';
      out.push(`  ${groupLocation(lang, g)}: ${issueMessage(lang, g.issue)}${times}`);
    }
  }
  return out;
}
