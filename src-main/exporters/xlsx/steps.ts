// Reading the engine's derivation steps by id and input name, with messages
// that say exactly which step or input the workbook needed and did not find.
import type { Step } from '../../../shared/engine/derivation';
import type { Estimate } from '../../../shared/engine/types';

export const findStep = (e: Estimate, id: string): Step | undefined => e.steps.find((s) => s.id === id);

export const stepValue = (e: Estimate, id: string): number => {
  const step = findStep(e, id);
  if (!step)
    throw new Error(
      `scenario "${e.scenarioId}": the engine gave no "${id}" step; found ${e.steps.map((s) => s.id).join(', ')}`,
    );
  return step.value;
};

export const stepInput = (e: Estimate, id: string, name: string): number => {
  const step = findStep(e, id);
  const found = step?.inputs.find((i) => i.name === name);
  if (!step || !found || typeof found.value !== 'number') {
    throw new Error(
      `scenario "${e.scenarioId}": step "${id}" has no numeric input "${name}"${step ? `; its inputs are ${step.inputs.map((i) => i.name).join(', ')}` : ''}`,
    );
  }
  return found.value;
};
