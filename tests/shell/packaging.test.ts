import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadImage } from '@napi-rs/canvas';
// @ts-expect-error -- plain ESM script without type declarations
import { encodeIcns, encodeIco, makeIcons } from '../../assets/icons/generate.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
interface BuilderConfig {
  appId: string;
  productName: string;
  icon: string;
  asar: boolean;
  files: string[];
  fileAssociations: { ext: string; mimeType: string; icon: string }[];
  linux: { target: string[]; mimeTypes: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  electronFuses: Record<string, boolean>;
}
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

// Compiling the large schema takes seconds: once per file.
let compiled: ReturnType<Ajv['compile']> | undefined;
const builderSchema = () => {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(path.join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')),
  );
  return compiled;
};

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own JSON schema", () => {
    const validate = builderSchema();
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a config with a mistake (the schema check can fail)', () => {
    expect(builderSchema()({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
  });

  it('names the app, associates .aiplan with its MIME type and targets every platform', () => {
    expect(config.appId).toMatch(/^[a-z0-9.]+$/);
    expect(config.productName).toBe('AI Efficiency Planner');
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'aiplan', mimeType: 'application/x-aiplan+json' }),
    ]);
    expect(config.linux.mimeTypes).toContain('application/x-aiplan+json');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('sets the Electron fuses that lock the binary down', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('points at icon files that exist, and packages the built app', () => {
    for (const icon of [
      config.icon,
      config.win.icon,
      config.mac.icon,
      `${config.fileAssociations[0]!.icon}.ico`,
      `${config.fileAssociations[0]!.icon}.icns`,
    ]) {
      expect(existsSync(path.join(root, icon)), icon).toBe(true);
    }
    expect(existsSync(path.join(root, config.linux.icon, '512x512.png'))).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['dist/main/**', 'dist/renderer/**', 'package.json']));
    expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).main).toBe('dist/main/main.js');
  });
});

describe('icons', () => {
  it('are real images at the declared sizes', async () => {
    for (const size of [16, 32, 256, 512, 1024]) {
      const image = await loadImage(readFileSync(path.join(root, 'assets', 'icons', 'linux', `${size}x${size}.png`)));
      expect([image.width, image.height]).toEqual([size, size]);
    }
  });

  it('pack PNGs into .ico and .icns directories that read back', async () => {
    const ico = readFileSync(path.join(root, 'assets', 'icons', 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    const last = 6 + 16 * (count - 1);
    const png = ico.subarray(ico.readUInt32LE(last + 12), ico.readUInt32LE(last + 12) + ico.readUInt32LE(last + 8));
    expect((await loadImage(png)).width).toBe(256);
    const icns = readFileSync(path.join(root, 'assets', 'icons', 'icon.icns'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(typeof encodeIco).toBe('function');
    expect(encodeIcns([{ size: 16, png: Buffer.from('x') }]).length).toBe(8 + 8 + 1);
  });

  it('are regenerated identically by the generator', async () => {
    const os = await import('node:os');
    const fs = await import('node:fs/promises');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'aiplan-icons-'));
    try {
      makeIcons(dir);
      expect(
        (await fs.readFile(path.join(dir, 'icon.ico'))).equals(
          readFileSync(path.join(root, 'assets', 'icons', 'icon.ico')),
        ),
      ).toBe(true);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
