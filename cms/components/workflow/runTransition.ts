'use client';

/** A problem the server found on one field: where, what to do, the field's template name. */
export interface FieldProblem {
  path: string;
  message: string;
  label?: string;
}

/** A point of the EU Single Digital Gateway's list an approval found missing (cms/workflow/commands/completeness.ts). */
export interface MissingPoint {
  id: string;
  letter: string;
  label: string;
  fields: string[];
  hint: string;
}

interface ErrorBody {
  message?: string;
  errors?: { message: string; data?: { errors?: FieldProblem[]; missingPoints?: MissingPoint[] } }[];
}

/**
 * A refused transition: the server's Polish message, the fields to correct when it named any, and
 * the SDGR points missing when an approval needs the team's justification.
 */
export class TransitionRefused extends Error {
  constructor(
    message: string,
    readonly problems: FieldProblem[],
    readonly missingPoints: MissingPoint[] = [],
  ) {
    super(message);
  }
}

/** Posts one transition; resolves with the server's Polish message, or throws TransitionRefused. */
export async function postTransition(id: number | string, name: string, body: Record<string, string>): Promise<string> {
  const response = await fetch(`/api/procedures/${id}/${name}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as ErrorBody;
  if (response.ok) return json.message ?? 'Gotowe.';
  const problems = json.errors?.flatMap((e) => e.data?.errors ?? []).filter((p) => typeof p.path === 'string') ?? [];
  const missingPoints = json.errors?.flatMap((e) => e.data?.missingPoints ?? []).filter((p) => typeof p.label === 'string') ?? [];
  const message = json.errors?.map((e) => e.message).join(' ') || json.message || 'Nie udało się wykonać czynności.';
  throw new TransitionRefused(message, problems, missingPoints);
}
