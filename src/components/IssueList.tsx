import { useI18n, type MessageKey } from '../i18n';

export interface IssueView {
  readonly code: string;
  readonly file: string;
  readonly line: number | null;
  readonly column: string | null;
  readonly value?: string;
  readonly detail?: string;
}

export function IssueList({ issues, max = 200 }: { issues: readonly IssueView[]; max?: number }) {
  const { t } = useI18n();
  return (
    <div className="issue-list">
      <p>{t('issue.summary', { n: issues.length })}</p>
      <ul>
        {issues.slice(0, max).map((issue, i) => {
          const where =
            issue.line === null
              ? t('issue.whereFile', { file: issue.file })
              : issue.column === null
                ? t('issue.whereNoColumn', { file: issue.file, line: issue.line })
                : t('issue.where', { file: issue.file, line: issue.line, column: issue.column });
          return (
            <li key={i}>
              <strong>{where}</strong>:{' '}
              {t(`issue.${issue.code}` as MessageKey, {
                value: issue.value ?? '',
                detail: issue.detail ?? '',
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
