/** Small helpers over real HTTP (fetch to the test server's socket). */
export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  text: string;
}

export async function api<T = Record<string, unknown>>(
  baseUrl: string,
  path: string,
  options: { method?: string; token?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `JWT ${options.token}`;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, {
    method: options.method ?? (options.json !== undefined || options.body ? 'POST' : 'GET'),
    headers,
    ...(options.json !== undefined ? { body: JSON.stringify(options.json) } : options.body !== undefined ? { body: options.body } : {}),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: body as T, text };
}

export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await api<{ token?: string }>(baseUrl, '/api/users/login', { json: { email, password } });
  if (response.status !== 200 || !response.body.token) throw new Error(`Login failed for ${email}: ${response.text}`);
  return response.body.token;
}

/** Payload's ValidationError body → [{path, message}]. */
export function fieldErrors(body: unknown): { path: string; message: string }[] {
  const errors = (body as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }).errors ?? [];
  return errors.flatMap((error) => error.data?.errors ?? []).map(({ path, message }) => ({ path, message }));
}
