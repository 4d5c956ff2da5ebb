import {
  FIRST_LINES,
  groupIssues,
  groupLocation,
  issueMessage,
  useI18n,
  type IssueGroup,
  type IssueLike,
} from '../i18n';

function GroupItem({ group }: { group: IssueGroup }) {
  const { t, lang } = useI18n();
  return (
    <li data-severity={group.severity}>
      <strong>{groupLocation(lang, group)}</strong>: {issueMessage(lang, group.issue)}
      {group.count > 1 && <> ({t('issue.times', { n: group.count })})</>}
      {group.lines.length > FIRST_LINES && (
        <details>
          <summary>{t('issue.allLines')}</summary>
          <p className="issue-lines">{group.lines.join(', ')}</p>
        </details>
      )}
    </li>
  );
}

/**
 * Problems of a file, grouped as a person fixes them: errors apart from warnings, each kind
 * once (per file, column and value) with its count and its first lines, the rest on request.
 */
export function IssueList({
  issues,
  max = 200,
  summary,
}: {
  issues: readonly IssueLike[];
  max?: number;
  /** Replaces the default summary ("n errors; nothing was loaded" or "n warnings"). */
  summary?: string;
}) {
  const { t } = useI18n();
  const groups = groupIssues(issues);
  const errors = groups.filter((g) => g.severity === 'error');
  const warnings = groups.filter((g) => g.severity === 'warning');
  const cells = (of: readonly IssueGroup[]) => of.reduce((n, g) => n + g.count, 0);
  return (
    <div className="issue-list">
      <p data-testid="issue-summary">
        {summary ??
          (errors.length > 0
            ? t('issue.summary', { n: errors.length, cells: cells(errors) })
            : t('issue.summaryWarnings', { n: warnings.length }))}
      </p>
      {errors.length > 0 && (
        <>
          {warnings.length > 0 && <h3>{t('issue.errorsTitle', { n: errors.length })}</h3>}
          <ul data-testid="issue-errors">
            {errors.slice(0, max).map((g, i) => (
              <GroupItem key={i} group={g} />
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 && (
        <>
          {errors.length > 0 && <h3>{t('issue.warningsTitle', { n: warnings.length })}</h3>}
          <ul data-testid="issue-warnings">
            {warnings.slice(0, max).map((g, i) => (
              <GroupItem key={i} group={g} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
