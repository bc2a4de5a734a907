// New documents from the shared presets (the Start view's "new project from …").
import { buildPresetDocument, findPreset, presets } from '../../shared/schema/presets';
import { IpcFailure } from '../ipc/errors';
import type { Presets } from '../ipc/handler-deps';

/** The preset a blank "New" starts from. */
export const BLANK_PRESET_ID = 'my-own-model';

export const createPresets = (clock: { now(): Date }): Presets => ({
  list: () => presets.map(({ id, label, description }) => ({ id, label, description })),
  create: (id = BLANK_PRESET_ID) => {
    const preset = findPreset(id);
    if (!preset)
      throw new IpcFailure(
        'unknown-preset',
        `there is no preset "${id}"; the presets are: ${presets.map((p) => p.id).join(', ')}`,
      );
    return buildPresetDocument(preset, clock.now().toISOString());
  },
});
