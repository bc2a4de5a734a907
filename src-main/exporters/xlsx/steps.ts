// Reading the engine's derivation steps by their stable ids (shared/engine/step-ids.ts), with
// messages that say exactly which step or input the workbook needed and did not find.
import type { InputKey, Step, StepId } from '../../../shared/engine/derivation';
import type { Estimate } from '../../../shared/engine/types';

export const findStep = (e: Estimate, id: StepId): Step | undefined => e.steps.find((s) => s.id === id);

export const stepValue = (e: Estimate, id: StepId): number => {
  const step = findStep(e, id);
  if (!step)
    throw new Error(
      `scenario "${e.scenarioId}": the engine gave no "${id}" step; found ${e.steps.map((s) => s.id).join(', ')}`,
    );
  return step.value;
};

export const stepInput = (e: Estimate, id: StepId, key: InputKey): number => {
  const step = findStep(e, id);
  const found = step?.inputs.find((i) => i.key === key);
  if (!step || !found || typeof found.value !== 'number') {
    throw new Error(
      `scenario "${e.scenarioId}": step "${id}" has no numeric input "${key}"${step ? `; its inputs are ${step.inputs.map((i) => i.key).join(', ')}` : ''}`,
    );
  }
  return found.value;
};
