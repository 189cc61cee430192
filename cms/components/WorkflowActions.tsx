'use client';
/**
 * The workflow's buttons in the procedure edit view, in place of Payload's "Publish": what the
 * signed-in person may do from the current state (DESIGN.md, "Workflow"), with the required
 * change note, comment or explanation typed inline.
 */
import { toast, useAuth, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui';
import { useRouter } from 'next/navigation';
import type React from 'react';
import { useState } from 'react';
import { idOf } from '../../schemas/rules/ids';

type Name = 'submit' | 'approve' | 'return' | 'withdraw';

const ACTIONS: Record<Name, { label: string; field?: 'changeNote' | 'comment' | 'explanation'; prompt?: string }> = {
  submit: { label: 'Złóż wniosek o aktualizację' },
  approve: { label: 'Zatwierdź', field: 'changeNote', prompt: 'Opis zmiany do rejestru zmian (publiczny w BIP)' },
  return: { label: 'Zwróć do poprawy', field: 'comment', prompt: 'Co redaktor ma poprawić' },
  withdraw: { label: 'Wycofaj z publikacji', field: 'explanation', prompt: 'Uzasadnienie wycofania (publiczne w rejestrze zmian)' },
};

const FROM: Record<Name, string[]> = {
  submit: ['draft', 'returned', 'withdrawn'],
  approve: ['submitted'],
  return: ['submitted'],
  withdraw: ['draft', 'submitted', 'returned', 'approved'],
};

interface StaffUser {
  id: number | string;
  role?: string;
  department?: number | string | { id: number | string } | null;
}

export const WorkflowActions: React.FC = () => {
  const { id } = useDocumentInfo();
  const { user } = useAuth<StaffUser>();
  const router = useRouter();
  const modified = useFormModified();
  const state = useFormFields(([fields]) => fields.workflowState?.value as string | undefined) ?? 'draft';
  const department = useFormFields(([fields]) => fields.department?.value);
  const currentVersion = Number(useFormFields(([fields]) => fields.currentVersion?.value) ?? 0);
  const [open, setOpen] = useState<Name | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  if (!id || !user) return null;

  const isTeam = user.role === 'procedures-team';
  const ownDepartment = user.role === 'editor' && String(idOf(user.department)) === String(idOf(department));
  const allowed = (name: Name) =>
    FROM[name].includes(state) && (name === 'submit' ? isTeam || ownDepartment : isTeam) && (name !== 'withdraw' || currentVersion > 0);
  const names = (Object.keys(ACTIONS) as Name[]).filter(allowed);
  if (names.length === 0) return null;

  const run = async (name: Name) => {
    const action = ACTIONS[name];
    setBusy(true);
    try {
      const response = await fetch(`/api/procedures/${id}/${name}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(action.field ? { [action.field]: text } : {}),
      });
      const body = (await response.json()) as {
        message?: string;
        errors?: { message: string; data?: { errors?: { message: string }[] } }[];
      };
      if (!response.ok) {
        const details = body.errors?.flatMap((e) => e.data?.errors?.map((d) => d.message) ?? [e.message]) ?? [];
        toast.error(details.join(' ') || 'Nie udało się wykonać czynności.');
        return;
      }
      toast.success(body.message ?? 'Gotowe.');
      setOpen(null);
      setText('');
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="workflow-actions" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'flex-start' }}>
      {names.map((name) => {
        const action = ACTIONS[name];
        const blocked = busy || (name === 'submit' && modified);
        return (
          <button
            key={name}
            type="button"
            className={`btn btn--style-${name === 'approve' || name === 'submit' ? 'primary' : 'secondary'} btn--size-medium`}
            disabled={blocked}
            title={name === 'submit' && modified ? 'Najpierw zapisz szkic' : undefined}
            onClick={() => (action.field ? setOpen(open === name ? null : name) : void run(name))}
          >
            {action.label}
          </button>
        );
      })}
      {open && (
        <div style={{ flexBasis: '100%', display: 'grid', gap: '0.5rem' }}>
          <label htmlFor="workflow-text">{ACTIONS[open].prompt}</label>
          <textarea id="workflow-text" rows={3} value={text} onChange={(e) => setText(e.target.value)} style={{ width: '100%' }} />
          <button
            type="button"
            className="btn btn--style-primary btn--size-medium"
            disabled={busy || !text.trim()}
            onClick={() => void run(open)}
          >
            {ACTIONS[open].label}: potwierdź
          </button>
        </div>
      )}
    </div>
  );
};
