import complete from '../../schemas/examples/procedure/valid/complete.json' with { type: 'json' };
import type { ProcedureRecord } from '../../schemas/types.generated';

/** A complete, valid exchange-format record; traits override any key. */
export function buildProcedure(overrides: Partial<ProcedureRecord> & Record<string, unknown> = {}): ProcedureRecord {
  const base = structuredClone(complete) as unknown as ProcedureRecord;
  // Attachments need real files; tests that want them add them explicitly.
  base.requiredDocuments = [{ group: 'submit', name: 'Wniosek', formats: ['paper-original', 'electronic-signed'] }];
  base.otherDocuments = [];
  // Complete for the EU Single Digital Gateway (approval asks for a justification otherwise): every online step names its sign-in.
  base.steps = base.steps.map((step) => (step.online && !step.eAuth ? { ...step, eAuth: ['trusted-profile'] } : step));
  return { ...base, ...overrides } as ProcedureRecord;
}

/** Marker values for every internal field, so a leak can be searched for in any output. */
export const SENTINEL = 'SENTINEL-INTERNAL-7f3a';

export function withInternalSentinels(record: ProcedureRecord): ProcedureRecord {
  return {
    ...record,
    owner: `${SENTINEL} Właściciel`,
    coordinator: `${SENTINEL} Koordynator`,
    validTo: '2099-12-31',
    callCenter: {
      contacts: [{ name: `${SENTINEL} Kontakt`, phone: '+48 42 638 00 00' }],
      notes: `${SENTINEL} notes`,
      faq: [{ question: `${SENTINEL} pytanie`, answer: `${SENTINEL} odpowiedź` }],
      other: `${SENTINEL} other`,
    },
    inEzd: true,
  };
}

/**
 * The coordinator of a procedure must be its department's (template rule), so the sentinel goes
 * into the department too.
 */
export async function giveDepartmentSentinelCoordinator(payload: import('payload').Payload, departmentId: number | string): Promise<void> {
  await payload.update({ collection: 'departments', id: departmentId, data: { coordinator: `${SENTINEL} Koordynator` } });
}
