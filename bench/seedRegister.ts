import { sql } from '@payloadcms/db-sqlite';
import type { Payload } from 'payload';
import type { ProcedureRecord } from '../schemas/types.generated';

interface SqliteDrizzle {
  run(query: ReturnType<typeof sql>): Promise<unknown>;
}

/**
 * N approved procedures straight into the SQLite tables the publisher reads (`procedures`,
 * `register-entries`), in bulk: going through the workflow would take the benchmark an hour
 * (see bench/import.ts for that path's own figures).
 */
export async function seedRegister(payload: Payload, records: readonly ProcedureRecord[]): Promise<void> {
  const db = (payload.db as unknown as { drizzle: SqliteDrizzle }).drizzle;
  const chunk = 200;
  await db.run(sql`BEGIN`);
  try {
    for (let start = 0; start < records.length; start += chunk) {
      const slice = records.slice(start, start + chunk);
      await db.run(
        sql`INSERT INTO procedures (id, slug, title, _status) VALUES ${sql.join(
          slice.map((r, i) => sql`(${start + i + 1}, ${r.slug}, ${r.title}, 'published')`),
          sql`, `,
        )}`,
      );
      await db.run(
        sql`INSERT INTO register_entries (procedure_id, slug, title, kind, version, note, decided_by_name, decided_at, is_live, content) VALUES ${sql.join(
          slice.map(
            (r, i) =>
              sql`(${start + i + 1}, ${r.slug}, ${r.title}, 'approval', 1, 'Pierwsza publikacja.', 'Nowak Anna', ${new Date(Date.UTC(2026, 0, 1, 0, 0, start + i)).toISOString()}, 1, ${JSON.stringify({ ...r, internal: false, validFrom: null, validTo: null })})`,
          ),
          sql`, `,
        )}`,
      );
    }
    await db.run(sql`COMMIT`);
  } catch (error) {
    await db.run(sql`ROLLBACK`);
    throw error;
  }
}

/** One more approved version of procedure `id` (a changed summary), as an approval would add it. */
export async function approveChange(payload: Payload, id: number, record: ProcedureRecord, summary: string): Promise<void> {
  const db = (payload.db as unknown as { drizzle: SqliteDrizzle }).drizzle;
  const content = JSON.stringify({ ...record, summary, internal: false, validFrom: null, validTo: null });
  await db.run(
    sql`INSERT INTO register_entries (procedure_id, slug, title, kind, version, note, decided_by_name, decided_at, is_live, content) VALUES (${id}, ${record.slug}, ${record.title}, 'approval', 2, 'Zmiana opisu.', 'Nowak Anna', ${new Date().toISOString()}, 1, ${content})`,
  );
}
