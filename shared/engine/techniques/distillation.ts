// Distillation: a smaller student learns from a larger teacher's outputs. The
// changed scenario is the student (trained, or serving the same traffic); the
// teacher's labelling pass (and, for serving, the student's training) are one-off runs.
import { z } from 'zod';
import type { Scenario } from '../../schema/scenario';
import { estimateScenario } from '../estimate';
import { errors } from '../errors';
import { computeOptimalTokens } from '../scaling-laws';
import { allOf, standardMethodOnly } from './guards';
import { validated, withHistory } from './history';
import { blankAsUnset, positiveOption, shareOption } from './option-schemas';
import { teacherLabelling } from './teacher-labelling';
import type { ExtraRun, Technique } from './types';

const options = z.object({
  /** Student size as a share of the teacher's parameters (unless studentParameters is set). */
  studentShare: shareOption('studentShare', 0.001, 0.9).default(0.1),
  studentParameters: blankAsUnset(positiveOption('studentParameters', 1e14)),
  /** Distillation corpus; unset = 20 tokens per student parameter (the fine-tuning tokens for a fine-tuning scenario). */
  tokens: blankAsUnset(positiveOption('tokens', 1e15)),
  /** Time allowed for each one-off step (labelling; student training when serving), hours. */
  oneOffHours: positiveOption('oneOffHours', 1e5).default(168),
});

const fmt = (x: number) => x.toExponential(2);

/** Training the student on the distillation tokens, for serving scenarios: planned to finish within the one-off window. */
const studentTrainingFor = (s: Scenario, studentParameters: number, tokens: number, hours: number): Scenario =>
  validated({
    ...s,
    id: `${s.id}-student-training`,
    name: `${s.name}: student training`,
    workload: 'pretraining',
    model: { parameters: studentParameters },
    training: { ...s.training, tokens, epochs: 1, tensorParallel: 1, pipelineParallel: 1 },
    hardware: { ...s.hardware, gpuCount: undefined, mfu: undefined, deadlineHours: hours },
    techniques: [],
  });

export const distillation: Technique<typeof options> = {
  id: 'distillation',
  label: 'Distillation',
  description:
    "Train a smaller student model on a larger teacher's outputs, then train or serve the student instead of the teacher.",
  source:
    'Source article, "Model Distillation"; Hinton, Vinyals, Dean 2015, "Distilling the Knowledge in a Neural Network"; Sanh et al. 2019 (DistilBERT)',
  options,
  fields: () => [
    { id: 'studentShare', label: 'Student size (share of teacher)', kind: 'number', default: 0.1 },
    { id: 'studentParameters', label: 'Student parameters', kind: 'number', default: '', optional: true },
    { id: 'tokens', label: 'Distillation tokens', kind: 'number', unit: 'tokens', default: '', optional: true },
    { id: 'oneOffHours', label: 'Hours for each one-off step', kind: 'number', unit: 'h', default: 168 },
  ],
  applicable: (s) => allOf(() => standardMethodOnly(s, 'model size changes other than memory')),
  apply: (s, o, catalog) => {
    const teacher = estimateScenario(s, catalog);
    const teacherParameters = teacher.parameters.total;
    const studentParameters = o.studentParameters ?? Math.max(1, Math.round(teacherParameters * o.studentShare));
    if (studentParameters >= teacherParameters) {
      throw errors.invalid(
        'options.studentParameters',
        `the student (${fmt(studentParameters)} parameters) must be smaller than the teacher (${fmt(teacherParameters)})`,
      );
    }
    const tokens =
      o.tokens ?? (s.workload === 'fine-tuning' ? teacher.tokens : computeOptimalTokens(studentParameters));
    const labelling = teacherLabelling(s, tokens, o.oneOffHours, catalog);
    const extraRuns: ExtraRun[] = [
      { label: `Teacher labelling: ${fmt(tokens)} tokens in ${o.oneOffHours} h`, kind: 'one-off', scenario: labelling },
    ];
    let changed: Scenario;
    if (s.workload === 'inference') {
      changed = { ...s, model: { parameters: studentParameters } };
      extraRuns.push({
        label: `Student training: ${fmt(studentParameters)} parameters on ${fmt(tokens)} tokens`,
        kind: 'one-off',
        scenario: studentTrainingFor(s, studentParameters, tokens, o.oneOffHours),
      });
    } else {
      changed = { ...s, model: { parameters: studentParameters }, training: { ...s.training, tokens, epochs: 1 } };
    }
    const summary = `Teacher ${fmt(teacherParameters)} → student ${fmt(studentParameters)} parameters, distilled on ${fmt(tokens)} teacher-labelled tokens${s.workload === 'inference' ? '; the student serves the same traffic' : ''}.`;
    const scenario = withHistory(changed, { id: 'distillation', label: 'Distillation', detail: summary });
    const assumptions = [
      'Labelling: one teacher forward pass per token (logits kept from prefill, Hinton et al. 2015); generating new text with the teacher would add decode steps and cost more.',
      s.workload === 'inference'
        ? `Labelling and student training are one-off runs on ${s.hardware.gpu}, each planned to finish within ${o.oneOffHours} h (labelling billed for the replica-hours it keeps busy).`
        : `Labelling is a one-off inference run of the teacher finishing within ${o.oneOffHours} h on ${s.hardware.gpu}; the teacher (this scenario's model) is assumed already trained and its training is not counted; the student trains on the scenario's hardware settings.`,
      o.tokens !== undefined
        ? `Distillation corpus of ${fmt(tokens)} tokens (option).`
        : s.workload === 'fine-tuning'
          ? 'Distillation corpus = the fine-tuning tokens.'
          : `Distillation corpus ≈ 20 tokens per student parameter (Hoffmann et al. 2022): ${fmt(tokens)} tokens.`,
      "The student's architecture is a typical decoder shape for its parameter count (L = h/128).",
      "Student quality is not modelled: DistilBERT kept 97% of BERT's GLUE score with 40% fewer parameters (Sanh et al. 2019); much smaller students lose more.",
      ...(s.workload === 'inference'
        ? [
            'One-off costs are reported apart; the payback period (when shown) is the serving time after which lower serving costs cover them.',
          ]
        : []),
    ];
    return { scenario, summary, assumptions, extraRuns, details: [] };
  },
};
