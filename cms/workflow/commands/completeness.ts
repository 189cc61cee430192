import { checkCompleteness, missingPoints } from '../../../schemas/quality/completeness';
import { WorkflowError } from '../errors';
import { workflowMessages } from '../messages';
import { optionalText } from './shared';
import type { TransitionContext } from './types';

/**
 * SDGR completeness at approval (Regulation 2018/1724, Art. 10): while a point is missing, the
 * approval is refused (409, naming each point and where to fill it in) unless the team sends a
 * justification; the points and the justification go into the event. The importer (the system)
 * brings descriptions approved elsewhere: it is not refused, and the event says so.
 */
export function checkSdgrCompleteness(ctx: TransitionContext): void {
  const points = checkCompleteness(ctx.record);
  const missing = missingPoints(points);
  if (missing.length === 0) return;
  const justification = optionalText(ctx.input.justification, 'Uzasadnienie');
  if (justification === '' && ctx.actor.role !== 'system') {
    const missingPointsDetail = points
      .filter((p) => !p.met)
      .map(({ id, letter, label, fields, hint }) => ({ id, letter, label, fields, hint }));
    throw new WorkflowError(workflowMessages.incomplete(missingPointsDetail.map((p) => p.label)), 409, {
      missingPoints: missingPointsDetail,
    });
  }
  ctx.completeness = { missingPoints: missing, justification: justification || workflowMessages.migrationJustification };
}
