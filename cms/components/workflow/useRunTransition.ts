'use client';
import { toast, useForm } from '@payloadcms/ui';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { type FieldProblem, type MissingPoint, postTransition, TransitionRefused } from './runTransition';

/**
 * Runs a transition from the edit view: a success is announced and the view refreshed; a refusal
 * that names fields marks them on the form (as after a refused save) and hands them to the list
 * of problems; an approval refused for missing SDGR points hands the points to the note box,
 * which then asks for the justification (no toast: the box says it in full, in place).
 */
export function useRunTransition(id: number | string | undefined) {
  const router = useRouter();
  const { dispatchFields, setSubmitted } = useForm();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [missingPoints, setMissingPoints] = useState<MissingPoint[]>([]);
  const run = async (name: string, body: Record<string, string>): Promise<boolean> => {
    if (id === undefined) return false;
    setBusy(true);
    try {
      toast.success(await postTransition(id, name, body));
      setProblems([]);
      setMissingPoints([]);
      router.refresh();
      return true;
    } catch (error) {
      const named = error instanceof TransitionRefused ? error.problems : [];
      if (named.length > 0) {
        dispatchFields({ type: 'ADD_SERVER_ERRORS', errors: named });
        setSubmitted(true);
        setProblems(named);
      }
      const missing = error instanceof TransitionRefused ? error.missingPoints : [];
      setMissingPoints(missing);
      if (missing.length === 0) toast.error((error as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, problems, clearProblems: () => setProblems([]), missingPoints, clearMissingPoints: () => setMissingPoints([]) };
}
