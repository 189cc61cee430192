'use client';
import { useCallback, useEffect, useState } from 'react';
import type { QualityChecklist } from '../../quality/checklist';

export type QualityState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; checklist: QualityChecklist };

/**
 * The quality checklist of one procedure as the server computes it for its latest saved version
 * (`GET /api/procedures/:id/quality`), asked again after every save (`refreshKey`) and on demand.
 */
export function useQuality(id: number | string | undefined, refreshKey: unknown): { state: QualityState; reload: () => void } {
  const [state, setState] = useState<QualityState>({ status: 'loading' });
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey (the last save) and round (a reload) are the reasons to ask again
  useEffect(() => {
    if (id === undefined) return;
    const controller = new AbortController();
    fetch(`/api/procedures/${id}/quality`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json().catch(() => ({}))) as QualityChecklist & { errors?: { message: string }[] };
        if (response.ok) setState({ status: 'ready', checklist: body });
        else setState({ status: 'failed', message: body.errors?.[0]?.message ?? 'Nie udało się wczytać oceny jakości opisu.' });
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') setState({ status: 'failed', message: 'Nie udało się wczytać oceny jakości opisu.' });
      });
    return () => controller.abort();
  }, [id, refreshKey, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { state, reload };
}
