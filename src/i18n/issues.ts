import { translate, type Lang, type MessageKey } from './messages';

/** The parts of an import problem a message needs (see ingest/issues.ts). */
export interface IssueLike {
  readonly code: string;
  readonly file: string;
  readonly line: number | null;
  readonly column: string | null;
  readonly value?: string;
  readonly detail?: string;
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

export function issueMessage(lang: Lang, issue: IssueLike): string {
  return translate(lang, `issue.${issue.code}` as MessageKey, {
    value: issue.value ?? '',
    detail: issue.detail ?? '',
  });
}

export function formatIssue(lang: Lang, issue: IssueLike): string {
  return `${issueLocation(lang, issue)}: ${issueMessage(lang, issue)}`;
}
