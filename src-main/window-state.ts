// The main window's remembered size and position, kept on screen when displays change.
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-file';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;
const DEFAULT_SIZE = { width: 1280, height: 820 };

const stateSchema = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(1),
    height: z.number().int().min(1),
  }),
  maximized: z.boolean(),
});

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const centred = (area: Rect): Rect => {
  const width = Math.min(DEFAULT_SIZE.width, area.width);
  const height = Math.min(DEFAULT_SIZE.height, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
};

/**
 * The bounds to open with: the saved ones when at least a quarter of the window is
 * on some display (a monitor may have been unplugged), else centred on the primary display.
 */
export const restoreBounds = (saved: WindowState | null, workAreas: Rect[]): WindowState => {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved) return { bounds: centred(primary), maximized: false };
  const bounds = {
    ...saved.bounds,
    width: Math.max(MIN_WIDTH, saved.bounds.width),
    height: Math.max(MIN_HEIGHT, saved.bounds.height),
  };
  const visible = workAreas.some((area) => overlap(bounds, area) >= (bounds.width * bounds.height) / 4);
  return visible ? { bounds, maximized: saved.maximized } : { bounds: centred(primary), maximized: saved.maximized };
};

export const windowStateFile = (userData: string) => path.join(userData, 'window-state.json');

export const loadWindowState = async (userData: string): Promise<WindowState | null> => {
  const parsed = stateSchema.safeParse(await readJsonFile(windowStateFile(userData)));
  return parsed.success ? parsed.data : null;
};

export const saveWindowState = (userData: string, state: WindowState): Promise<void> =>
  writeJsonFile(windowStateFile(userData), state);
