'use client';

interface ErrorBody {
  message?: string;
  errors?: { message: string; data?: { errors?: { message: string }[] } }[];
}

/** Posts one transition; resolves with the server's Polish message, or throws it when refused. */
export async function postTransition(id: number | string, name: string, body: Record<string, string>): Promise<string> {
  const response = await fetch(`/api/procedures/${id}/${name}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as ErrorBody;
  if (response.ok) return json.message ?? 'Gotowe.';
  const details = json.errors?.flatMap((e) => e.data?.errors?.map((d) => d.message) ?? [e.message]) ?? [];
  throw new Error(details.join(' ') || 'Nie udało się wykonać czynności.');
}
