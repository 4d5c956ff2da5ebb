import { issueLocation, issueMessage, useI18n, type IssueLike } from '../i18n';

export function IssueList({
  issues,
  max = 200,
  summary,
}: {
  issues: readonly IssueLike[];
  max?: number;
  /** Replaces the default "n problems found; nothing was loaded". */
  summary?: string;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="issue-list">
      <p>{summary ?? t('issue.summary', { n: issues.length })}</p>
      <ul>
        {issues.slice(0, max).map((issue, i) => (
          <li key={i}>
            <strong>{issueLocation(lang, issue)}</strong>: {issueMessage(lang, issue)}
          </li>
        ))}
      </ul>
    </div>
  );
}
