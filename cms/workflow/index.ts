export { allowedTransitions, judgeTransition } from './allowedTransitions';
export type { TransitionInput, TransitionResult } from './commands/types';
export { runTransition } from './runTransition';
export {
  STATE_LABELS,
  TRANSITION_LABELS,
  TRANSITION_NAMES,
  TRANSITIONS,
  type TransitionName,
  WORKFLOW_STATES,
  type WorkflowState,
} from './states';
