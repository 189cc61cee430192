'use client';
import { useEffect, useState } from 'react';

/** One transition as the server judges it for the signed-in person (cms/workflow/allowedTransitions.ts). */
export interface TransitionVerdict {
  name: 'submit' | 'approve' | 'return' | 'withdraw' | 'verify';
  label: string;
  allowed: boolean;
  status?: 403 | 409;
  reason?: string;
}

/**
 * What the signed-in person may do with the procedure now, and why not — asked of the server
 * (`GET /api/procedures/:id/transitions`), which applies the same rule as the transitions
 * themselves, so a button is never offered that the server would refuse.
 */
export function useTransitions(id: number | string | undefined, refreshKey: unknown): TransitionVerdict[] | undefined {
  const [verdicts, setVerdicts] = useState<TransitionVerdict[]>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey (the last save) is the reason to ask again
  useEffect(() => {
    if (id === undefined) return;
    const controller = new AbortController();
    fetch(`/api/procedures/${id}/transitions`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ transitions: TransitionVerdict[] }>) : { transitions: [] }))
      .then((body) => setVerdicts(body.transitions))
      .catch(() => undefined);
    return () => controller.abort();
  }, [id, refreshKey]);
  return verdicts;
}
