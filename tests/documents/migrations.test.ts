import { describe, expect, it } from 'vitest';
import { DOCUMENT_VERSION } from '../../shared/schema/document';
import { loadDocument } from '../../shared/schema/load-document';
import { migrateToCurrent, migrations, OLDEST_READABLE_VERSION } from '../../shared/schema/migrations';

// A file as the pre-release builds wrote it (format version 0).
const v0File = {
  version: 0,
  name: 'Budget 2024',
  author: 'R. Chen',
  scenarios: [
    { name: 'Llama 2 7B', parameters: 6.74e9, tokens: 2e12, gpu: 'a100-80gb', energy: { region: 'france' } },
    {
      id: 'big',
      name: 'GPT-3',
      model: { architecture: { layers: 96, hidden: 12288, heads: 96 } },
      tokens: 3e11,
      training: { seqLength: 2048 },
    },
  ],
};

describe('migration chain', () => {
  it('has one step for every version from the oldest readable to the current', () => {
    expect(migrations).toHaveLength(DOCUMENT_VERSION - OLDEST_READABLE_VERSION);
    migrations.forEach((step) => expect(typeof step).toBe('function'));
  });

  it('upgrades v0: format added, name → title, top-level fields moved under model/training/hardware', () => {
    const upgraded = migrateToCurrent(structuredClone(v0File), 0);
    expect(upgraded).toEqual({
      format: 'aiplan',
      version: 1,
      title: 'Budget 2024',
      author: 'R. Chen',
      scenarios: [
        {
          id: 'scenario-1',
          name: 'Llama 2 7B',
          model: { parameters: 6.74e9 },
          training: { tokens: 2e12 },
          hardware: { gpu: 'a100-80gb' },
          energy: { region: 'france' },
        },
        {
          id: 'big',
          name: 'GPT-3',
          model: { architecture: { layers: 96, hidden: 12288, heads: 96 } },
          training: { seqLength: 2048, tokens: 3e11 },
        },
      ],
    });
  });

  it('loads a v0 file with a notice and reports the migration', () => {
    const result = loadDocument(JSON.stringify(v0File));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.migratedFrom).toBe(0);
    expect(result.notices).toEqual([expect.stringMatching(/older version \(file format 0\).*\.bak/)]);
    expect(result.document.version).toBe(DOCUMENT_VERSION);
    expect(result.document.scenarios[0]!.training.tokens).toBe(2e12);
    expect(result.document.scenarios[1]!.hardware.gpu).toBe('h100-sxm'); // the default
  });

  it('reports problems of a damaged v0 file at their new paths', () => {
    const damaged = { version: 0, scenarios: [{ name: 'x', parameters: -1, tokens: 'lots' }, 'not a scenario'] };
    const result = loadDocument(JSON.stringify(damaged));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems.map((p) => p.path)).toEqual([
      'scenarios[0].model.parameters',
      'scenarios[0].training.tokens',
      'scenarios[1]',
    ]);
  });

  it('does not mistake any JSON without "format" for a v0 file', () => {
    const result = loadDocument('{"version": 0, "title": "x"}');
    expect(!result.ok && result.error.code).toBe('wrong-format');
  });
});
