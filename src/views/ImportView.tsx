import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DataTable } from '../components/DataTable';
import { downloadText, fileNamePart } from '../components/download';
import { FileDrop } from '../components/FileDrop';
import { IssueList } from '../components/IssueList';
import { formatIssue, useI18n, valueLabel } from '../i18n';
import type { LoadedDataset } from '../queries/dataset';
import {
  ImportCancelledError,
  ImportSession,
  MAX_IMPORT_BYTES,
  portfolioContext,
  type ApplyResponse,
  type FilePreview,
  type ImportPhase,
  type Mapping,
  type ReadResponse,
  type WaveInfo,
} from '../queries/importer';
import {
  listSavedMappings,
  parseMapping,
  saveMapping,
  serializeMapping,
} from '../queries/savedMappings';
import { roundsQuery, useWorkspaceActions } from '../queries/workspace';
import { MappingEditor } from './MappingEditor';

interface Props {
  readonly dataset: LoadedDataset;
  /** A wave to replace, when the user came here from "Replace". */
  readonly replaces: string | null;
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** From a dropped file to an accepted survey wave: read, preview, map, check, import. */
export function ImportView({ dataset, replaces }: Props) {
  const i18n = useI18n();
  const { t, integer } = i18n;
  const actions = useWorkspaceActions();
  const [phase, setPhase] = useState<ImportPhase | null>(null);
  const session = useRef<ImportSession | null>(null);
  session.current ??= new ImportSession(setPhase);
  useEffect(() => () => session.current?.cancel(), []);

  const [read, setRead] = useState<ReadResponse | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [wave, setWave] = useState<WaveInfo>({});
  const [replace, setReplace] = useState<string | null>(replaces);
  const [checked, setChecked] = useState<ApplyResponse | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [saved, setSaved] = useState(listSavedMappings);
  const [mappingName, setMappingName] = useState('');
  const busy = phase !== null;

  const preview: FilePreview | null = read?.ok ? read.preview : null;
  // Every round loaded, the demo's included: any of them can be replaced.
  const rounds = useQuery(roundsQuery(dataset.version));
  const waves = useMemo(() => (rounds.data ?? []).map((r) => r.surveyId), [rounds.data]);

  const fail = (e: unknown) => {
    if (e instanceof ImportCancelledError) setMessage({ kind: 'ok', text: t('import.cancelled') });
    else {
      setMessage({
        kind: 'error',
        text: t('import.failed', { message: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  const onFile = (file: File) => {
    setMessage(null);
    setRead(null);
    setChecked(null);
    setMapping(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({
        kind: 'error',
        text: t('import.tooLarge', {
          file: file.name,
          size: megabytes(file.size),
          limit: megabytes(MAX_IMPORT_BYTES),
        }),
      });
      return;
    }
    session.current
      ?.read(file)
      .then((r) => {
        setRead(r);
        if (r.ok) {
          setMapping(r.proposed);
          setWave(r.proposed.survey ?? {});
        }
      })
      .catch(fail);
  };

  const check = async (): Promise<ApplyResponse | null> => {
    if (!mapping || !session.current) return null;
    setMessage(null);
    try {
      const context = await portfolioContext();
      const result = await session.current.apply(mapping, wave, { ...context, replaces: replace });
      setChecked(result);
      return result;
    } catch (e) {
      fail(e);
      return null;
    }
  };

  const accept = async () => {
    const result = checked?.ok ? checked : await check();
    if (!result?.ok || !preview || !mapping) return;
    setPhase('writing');
    try {
      await session.current?.releaseRows();
      const next = await actions.addImport(
        {
          surveyId: result.surveyId,
          fileName: preview.fileName,
          tool: preview.tool,
          encoding: preview.encoding,
          separator: preview.separator,
          importedAt: new Date().toISOString(),
          responses: result.responses,
          mapping: { ...mapping, survey: { ...wave, surveyId: result.surveyId } },
          files: result.files,
        },
        replace,
      );
      const done = t('import.done', {
        file: preview.fileName,
        survey: result.surveyId,
        n: result.responses,
      });
      setMessage(
        next.storage === 'unavailable'
          ? {
              kind: 'error',
              text: `${done} ${t('import.storageUnavailable', { detail: next.storageDetail ?? '' })}`,
            }
          : { kind: 'ok', text: done },
      );
      setRead(null);
      setChecked(null);
      setMapping(null);
      setReplace(null);
    } catch (e) {
      fail(e);
    } finally {
      setPhase(null);
    }
  };

  const loadMappingFile = async (file: File) => {
    const parsed = parseMapping(await file.text(), file.name);
    if (!parsed.ok) {
      setMessage({
        kind: 'error',
        text: parsed.issues.map((x) => formatIssue(i18n.lang, x)).join(' '),
      });
      return;
    }
    setMapping(parsed.mapping);
    if (parsed.mapping.survey) setWave(parsed.mapping.survey);
    setChecked(null);
  };

  const waveField = (key: keyof WaveInfo, label: string, type: 'text' | 'date' | 'number') => (
    <label className="field">
      <span>{label}</span>
      <input
        type={type}
        value={wave[key] === undefined || wave[key] === null ? '' : String(wave[key])}
        onChange={(e) => {
          const v = e.target.value;
          setWave({
            ...wave,
            [key]: v === '' ? undefined : type === 'number' ? Number(v) : v,
          });
          setChecked(null);
        }}
        data-testid={`wave-${key}`}
      />
    </label>
  );

  return (
    <section aria-labelledby="import-title" data-testid="view-import">
      <h1 id="import-title">{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <FileDrop
        label={t('import.choose')}
        hint={t('import.drop')}
        accept=".csv,.txt,.tsv,.xlsx"
        disabled={busy}
        onFile={onFile}
        testId="import-file"
      />
      {busy && (
        <div className="import-progress" role="status" data-testid="import-progress">
          <progress
            max={4}
            value={['decoding', 'parsing', 'mapping', 'writing'].indexOf(phase) + 1}
          />{' '}
          {t(`import.phase.${phase}`)}{' '}
          {phase !== 'writing' && (
            <button type="button" onClick={() => session.current?.cancel()}>
              {t('import.cancel')}
            </button>
          )}
        </div>
      )}
      {message && (
        <p
          className={message.kind === 'error' ? 'notice error' : 'notice'}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="import-message"
        >
          {message.text}
        </p>
      )}
      {read && !read.ok && (
        <div role="alert" data-testid="import-issues">
          <IssueList issues={read.issues} />
        </div>
      )}
      {preview && mapping && (
        <>
          <h2>{t('import.understood')}</h2>
          <dl className="facts" data-testid="import-facts" data-reader={preview.reader}>
            <dt>{t('import.tool')}</dt>
            <dd data-testid="import-tool">{t(`tool.${preview.tool}`)}</dd>
            <dt>{t('import.encoding')}</dt>
            <dd>{preview.encoding ?? 'XLSX'}</dd>
            <dt>{t('import.separator')}</dt>
            <dd>{preview.separator === '\t' ? 'tab' : (preview.separator ?? '–')}</dd>
            <dt>{t('import.decimal')}</dt>
            <dd>{preview.decimal}</dd>
            <dt>{t('import.headerLines')}</dt>
            <dd>{preview.headerLines.join(', ')}</dd>
            <dt>{t('import.rows')}</dt>
            <dd data-testid="import-rows">{integer(preview.rowCount)}</dd>
          </dl>
          {read?.ok && read.issues.length > 0 && <IssueList issues={read.issues} />}
          <details>
            <summary>{t('import.sample')}</summary>
            <DataTable
              caption={`${preview.fileName}: ${t('import.sample')}`}
              columns={[
                { key: 'line', label: '#', numeric: true },
                ...preview.columns.map((c) => ({ key: c.key, label: c.key })),
              ]}
              rows={preview.sample.map((r) => ({
                line: r.line,
                ...Object.fromEntries(preview.columns.map((c) => [c.key, r.cells[c.index] ?? ''])),
              }))}
            />
          </details>

          <h2>{t('import.mapping')}</h2>
          <p>{t('import.mappingIntro')}</p>
          <div className="mapping-files">
            <button
              type="button"
              onClick={() =>
                downloadText(
                  `pio-koppeling-${fileNamePart(preview.fileName)}.json`,
                  serializeMapping({ ...mapping, survey: wave }),
                  'application/json',
                )
              }
            >
              {t('import.downloadMapping')}
            </button>
            <FileDrop
              label={t('import.loadMapping')}
              hint=""
              accept=".json,application/json"
              onFile={(f) => void loadMappingFile(f)}
              testId="mapping-file"
            />
            {Object.keys(saved).length > 0 && (
              <label className="field">
                <span>{t('import.savedMappings')}</span>
                <select
                  value=""
                  onChange={(e) => {
                    const m = saved[e.target.value];
                    if (m) {
                      setMapping(m);
                      if (m.survey) setWave(m.survey);
                      setChecked(null);
                    }
                  }}
                >
                  <option value="">{t('import.useMapping')}…</option>
                  {Object.keys(saved).map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="field">
              <span>{t('import.mappingName')}</span>
              <input value={mappingName} onChange={(e) => setMappingName(e.target.value)} />
            </label>
            <button
              type="button"
              disabled={mappingName.trim() === ''}
              onClick={() => {
                const name = mappingName.trim();
                if (saveMapping(name, { ...mapping, survey: wave })) {
                  setSaved(listSavedMappings());
                  setMessage({ kind: 'ok', text: t('import.mappingSaved', { name }) });
                } else {
                  setMessage({
                    kind: 'error',
                    text: t('import.storageUnavailable', { detail: 'localStorage' }),
                  });
                }
              }}
            >
              {t('import.saveMapping')}
            </button>
          </div>
          <MappingEditor
            preview={preview}
            mapping={mapping}
            onChange={(m) => {
              setMapping(m);
              setChecked(null);
            }}
          />

          <h2>{t('import.wave')}</h2>
          <div className="field-row">
            {waveField('surveyId', t('import.surveyId'), 'text')}
            {waveField('name', t('import.waveName'), 'text')}
            {waveField('year', t('import.year'), 'number')}
            {waveField('fieldworkStart', t('import.fieldworkStart'), 'date')}
            {waveField('fieldworkEnd', t('import.fieldworkEnd'), 'date')}
            {waveField('populationN', t('import.populationN'), 'number')}
            {waves.length > 0 && (
              <label className="field">
                <span>{t('import.replaces')}</span>
                <select
                  value={replace ?? ''}
                  onChange={(e) => {
                    setReplace(e.target.value === '' ? null : e.target.value);
                    setChecked(null);
                  }}
                >
                  <option value="">{t('import.none')}</option>
                  {waves.map((w) => (
                    <option key={w} value={w}>
                      {w}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          {(wave.populationN === undefined || wave.populationN === null) && (
            <p className="hint" data-testid="population-missing">
              {t('import.populationMissing')}
            </p>
          )}
          <p className="actions">
            <button
              type="button"
              disabled={busy}
              onClick={() => void check()}
              data-testid="import-check"
            >
              {t('import.check')}
            </button>{' '}
            <button
              type="button"
              disabled={busy || (checked !== null && !checked.ok)}
              onClick={() => void accept()}
              data-testid="import-accept"
            >
              {t('import.accept')}
            </button>
          </p>
          {checked && !checked.ok && (
            <div role="alert" data-testid="import-issues">
              <p>{t('import.rejected')}</p>
              <IssueList issues={checked.issues} />
            </div>
          )}
          {checked?.ok && (
            <div data-testid="import-checked">
              <p role="status">{t('import.checked', { n: checked.responses })}</p>
              {checked.issues.length > 0 && <IssueList issues={checked.issues} />}
            </div>
          )}
          {checked && checked.stats.length > 0 && (
            <>
              {!checked.ok && (
                <p data-testid="import-stats-note">{t('import.statsWithoutInvalid')}</p>
              )}
              <DataTable
                caption={t('import.stats')}
                testId="import-stats"
                columns={[
                  { key: 'code', label: t('import.code') },
                  { key: 'answered', label: t('import.answered'), numeric: true, grouped: true },
                  { key: 'missing', label: t('import.missing'), numeric: true, grouped: true },
                  { key: 'na', label: t('likert.notApplicable'), numeric: true, grouped: true },
                  { key: 'invalid', label: t('import.invalid'), numeric: true, grouped: true },
                  { key: 'mean', label: t('import.mean'), numeric: true },
                  { key: 'nps', label: t('import.nps'), numeric: true },
                ]}
                rows={checked.stats.map((s) => ({
                  code: `${s.code} · ${valueLabel(i18n.lang, s.code)}`,
                  answered: s.answered,
                  missing: s.missing,
                  na: s.notApplicable,
                  invalid: s.invalid,
                  mean: s.mean === null ? null : Math.round(s.mean * 100) / 100,
                  nps: s.nps === null ? null : Math.round(s.nps * 10) / 10,
                }))}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
