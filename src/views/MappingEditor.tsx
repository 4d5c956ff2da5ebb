import { useI18n, valueLabel } from '../i18n';
import { AUDIENCES, QUESTION_CODES, type Audience, type QuestionCode } from '../model';
import {
  isPersonalColumn,
  type FilePreview,
  type Mapping,
  type QuestionMapping,
} from '../queries/importer';

interface Props {
  readonly preview: FilePreview;
  readonly mapping: Mapping;
  readonly onChange: (mapping: Mapping) => void;
}

type MappedValue = NonNullable<QuestionMapping['values']>[string];
type ColumnProposal = FilePreview['reasons'][string];
type Reason = ColumnProposal['reasons'][number];

/** One short sentence in the UI language for each reason the proposal gave. */
function reasonText(t: ReturnType<typeof useI18n>['t'], reason: Reason): string {
  switch (reason.kind) {
    case 'tool_column':
      return t(`proposal.reason.tool_column.${reason.role}`);
    case 'header_code':
      return t('proposal.reason.header_code', { code: reason.code });
    case 'text_words':
      return t('proposal.reason.text_words', {
        words: reason.words.map((w) => `“${w}”`).join(', '),
      });
    case 'cells_project_ids':
      return t('proposal.reason.cells_project_ids');
    case 'option_label':
      return t('proposal.reason.option_label', { option: reason.option });
    case 'option_unknown':
      return t('proposal.reason.option_unknown', { option: reason.option });
    case 'option_order_assumed':
      return t('proposal.reason.option_order_assumed', { position: reason.position });
    case 'labels_known':
      return t('proposal.reason.labels_known', { count: reason.count });
    case 'numeric_recode_texts':
      return t('proposal.reason.numeric_recode_texts');
    case 'numeric_recode_assumed':
      return t('proposal.reason.numeric_recode_assumed');
  }
}

function parseValue(text: string): MappedValue | null {
  const t = text.trim();
  if (t === '') return null;
  if (t === 'not_applicable') return 'not_applicable';
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) && /^-?\d+([.,]\d+)?$/.test(t) ? n : t;
}

function ColumnSelect({
  label,
  value,
  columns,
  onChange,
  testId,
}: {
  label: string;
  value: string | undefined;
  columns: FilePreview['columns'];
  onChange: (key: string | undefined) => void;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <label className="field">
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        data-testid={testId}
      >
        <option value="">{t('import.none')}</option>
        {columns.map((c) => (
          <option key={c.key} value={c.key}>
            {c.key}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The mapping of a file's columns to the standard questionnaire, as a form. */
export function MappingEditor({ preview, mapping, onChange }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const set = (patch: Partial<Mapping>) => onChange({ ...mapping, ...patch });
  const setQuestion = (key: string, q: QuestionMapping | null) => {
    const rest = Object.entries(mapping.questions).filter(([k]) => k !== key);
    set({ questions: Object.fromEntries(q ? [...rest, [key, q]] : rest) });
  };
  const complete = mapping.completeWhen;
  const reasons = preview.reasons;
  const isUnsure = (key: string) => reasons[key]?.confidence === 'unsure';
  // Stable: the unsure proposals first, everything else in file order.
  const rows = [...preview.columns].sort(
    (a, b) => Number(isUnsure(b.key)) - Number(isUnsure(a.key)),
  );
  const unsureCount = preview.columns.filter((c) => isUnsure(c.key)).length;
  return (
    <div className="mapping-editor" data-testid="mapping-editor">
      <div className="field-row">
        <label className="field">
          <span>{t('import.audience')}</span>
          <select
            value={mapping.audience}
            onChange={(e) => set({ audience: e.target.value as Audience })}
            data-testid="mapping-audience"
          >
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {valueLabel(i18n.lang, a)}
              </option>
            ))}
          </select>
        </label>
        <ColumnSelect
          label={t('import.respondentId')}
          value={mapping.respondentId}
          columns={preview.columns}
          onChange={(respondentId) => set({ respondentId })}
        />
        <ColumnSelect
          label={t('import.projectId')}
          value={mapping.projectId}
          columns={preview.columns}
          onChange={(projectId) => set({ projectId })}
        />
        <ColumnSelect
          label={t('import.submittedAt')}
          value={mapping.submittedAt}
          columns={preview.columns}
          onChange={(submittedAt) => set({ submittedAt })}
        />
        <ColumnSelect
          label={t('import.completeWhen')}
          value={complete?.column}
          columns={preview.columns}
          onChange={(column) =>
            set({
              completeWhen:
                column === undefined
                  ? undefined
                  : complete && 'equals' in complete
                    ? { column, equals: complete.equals }
                    : { column, notEmpty: true },
            })
          }
        />
        {complete && (
          <label className="field">
            <span>{t('import.completeEquals')}</span>
            <input
              value={'equals' in complete ? complete.equals : ''}
              placeholder={t('import.completeNotEmpty')}
              onChange={(e) =>
                set({
                  completeWhen:
                    e.target.value === ''
                      ? { column: complete.column, notEmpty: true }
                      : { column: complete.column, equals: e.target.value },
                })
              }
            />
          </label>
        )}
      </div>
      {Object.keys(reasons).length > 0 && (
        <p className="hint" data-testid="proposal-intro">
          {t('proposal.intro')}
          {unsureCount > 0 && (
            <>
              {' '}
              <strong>{t('proposal.unsureCount', { n: unsureCount })}</strong>
            </>
          )}
        </p>
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('import.mapping')}>
        <table className="data-table mapping-table">
          <caption>{t('import.mapping')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.questionText')}</th>
              <th scope="col">{t('import.code')}</th>
              <th scope="col">{t('import.values')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const q = mapping.questions[c.key];
              const distinct = preview.distinct[c.key] ?? [];
              const proposal = reasons[c.key];
              return (
                <tr key={c.key} data-column={c.key} data-confidence={proposal?.confidence}>
                  <th scope="row" className="mapping-key">
                    {c.key}
                  </th>
                  <td className="mapping-text">
                    {c.text ?? ''}
                    {isPersonalColumn(c) && (
                      <label className="personal">
                        <input
                          type="checkbox"
                          checked={mapping.keepPersonal?.includes(c.key) ?? false}
                          onChange={(e) => {
                            const rest = (mapping.keepPersonal ?? []).filter((k) => k !== c.key);
                            set({ keepPersonal: e.target.checked ? [...rest, c.key] : rest });
                          }}
                        />{' '}
                        {t('import.keepPersonal')}
                      </label>
                    )}
                  </td>
                  <td>
                    <select
                      aria-label={`${t('import.code')}: ${c.key}`}
                      value={q?.code ?? ''}
                      onChange={(e) =>
                        setQuestion(
                          c.key,
                          e.target.value === ''
                            ? null
                            : { ...q, code: e.target.value as QuestionCode },
                        )
                      }
                    >
                      <option value="">{t('import.none')}</option>
                      {QUESTION_CODES.map((code) => (
                        <option key={code} value={code}>
                          {code}
                        </option>
                      ))}
                    </select>
                    {q?.code === 'SERVICES_USED' && (
                      <input
                        aria-label={`${t('import.option')}: ${c.key}`}
                        placeholder={t('import.option')}
                        value={q.option ?? ''}
                        onChange={(e) =>
                          setQuestion(c.key, {
                            ...q,
                            option: e.target.value === '' ? undefined : e.target.value,
                          })
                        }
                      />
                    )}
                    {proposal && (
                      <p className="hint" data-testid="proposal-reason">
                        {proposal.confidence === 'unsure' && (
                          <strong>{t('proposal.unsure')}: </strong>
                        )}
                        {proposal.reasons.map((r) => reasonText(t, r)).join(' ')}
                      </p>
                    )}
                  </td>
                  <td>
                    {q && distinct.length > 0 && (
                      <details>
                        <summary>
                          {distinct.length} · {distinct.slice(0, 3).join(' | ')}
                          {distinct.length > 3 ? ' …' : ''}
                        </summary>
                        <p className="hint">{t('import.valueHint')}</p>
                        <ul className="value-map">
                          {distinct.map((label) => {
                            const mapped = q.values?.[label];
                            return (
                              <li key={label}>
                                <span className="value-label">{label}</span> →{' '}
                                <input
                                  aria-label={`${c.key}: ${label}`}
                                  defaultValue={mapped === undefined ? '' : String(mapped)}
                                  onBlur={(e) => {
                                    const v = parseValue(e.target.value);
                                    const rest = Object.entries(q.values ?? {}).filter(
                                      ([k]) => k !== label,
                                    );
                                    setQuestion(c.key, {
                                      ...q,
                                      values: Object.fromEntries(
                                        v === null ? rest : [...rest, [label, v]],
                                      ),
                                    });
                                  }}
                                />
                              </li>
                            );
                          })}
                        </ul>
                      </details>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
