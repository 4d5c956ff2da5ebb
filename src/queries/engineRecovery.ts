import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { onEngineCrash } from '../engine/client';
import { datasetQuery, loadIntoEngine } from './dataset';

export interface EngineRecovery {
  /** What the failed engine said, or null while it never failed. */
  readonly message: string | null;
  readonly recovering: boolean;
  readonly failed: string | null;
}

/**
 * When the engine's worker fails, a new engine is started with the data the page holds (the
 * workspace in memory, which storage only copies), and every query runs again on it.
 */
export function useEngineRecovery(): EngineRecovery {
  const client = useQueryClient();
  const [state, setState] = useState<EngineRecovery>({
    message: null,
    recovering: false,
    failed: null,
  });
  useEffect(
    () =>
      onEngineCrash((message) => {
        setState({ message, recovering: true, failed: null });
        const before = client.getQueryData(datasetQuery.queryKey);
        const reloaded = before
          ? loadIntoEngine(before.workspace, before.storage, before.storageDetail).then((next) => {
              client.setQueryData(datasetQuery.queryKey, next);
            })
          : client.resetQueries({ queryKey: datasetQuery.queryKey });
        reloaded
          .then(() =>
            client.refetchQueries({
              predicate: (q) => q.queryKey[0] !== 'dataset' && q.queryKey[0] !== 'explorer',
            }),
          )
          .then(() => setState({ message, recovering: false, failed: null }))
          .catch((e: unknown) =>
            setState({
              message,
              recovering: false,
              failed: e instanceof Error ? e.message : String(e),
            }),
          );
      }),
    [client],
  );
  return state;
}
