// End-to-end harness: the built renderer in Debian Chromium (playwright-core), with
// `window.api` bound to the REAL main-process handler table. Payloads and results are
// JSON-cloned on the way, as contextBridge clones them; error envelopes become thrown Errors.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Events } from '../../shared/ipc/contract';
import { dispatch } from '../../src-main/ipc/handlers';
import { buildRenderer } from './build-renderer';
import { createHarnessTable } from './harness-deps';
import { serveDirectory } from './static-server';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why browser tests cannot run here, or null when they can. */
export const browserSkipReason = (): string | null =>
  existsSync(CHROMIUM) ? null : `browser tests skipped: ${CHROMIUM} is not installed (apt install chromium)`;

// Runs in the page before the app: the same surface as the preload's window.api. Kept as
// plain JavaScript text so no TypeScript helper (tsx's __name) leaks into the page.
const pageBridge = `(() => {
  const listeners = new Map();
  const request = async (channel, payload) => JSON.parse(await window.__aiplanRequest(channel, payload === undefined ? '' : JSON.stringify(payload)));
  window.api = Object.freeze({
    request,
    invoke: async (channel, payload) => {
      const envelope = await request(channel, payload);
      if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
      return envelope.result;
    },
    on: (event, listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => { listeners.get(event)?.delete(listener); };
    },
  });
  window.__aiplanEmit = (event, json) => { for (const listener of listeners.get(event) ?? []) listener(JSON.parse(json)); };
})();`;

export interface AppHarness {
  page: Page;
  browser: Browser;
  dir: string;
  answers: Awaited<ReturnType<typeof createHarnessTable>>['answers'];
  states: Awaited<ReturnType<typeof createHarnessTable>>['states'];
  exportersMissing: string | null;
  /** Calls from the page, in order: channel and whether it succeeded. */
  calls: { channel: string; ok: boolean; error?: string }[];
  emit<E extends keyof Events>(event: E, payload: Events[E]): Promise<void>;
  close(): Promise<void>;
}

export const launchApp = async (
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<AppHarness> => {
  const dist = await buildRenderer();
  const server = await serveDirectory(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-US',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  let emitToPage: (event: string, payload: unknown) => void = () => undefined;
  const harness = await createHarnessTable((event, payload) => emitToPage(event, payload));
  const calls: AppHarness['calls'] = [];
  await page.exposeFunction('__aiplanRequest', async (channel: string, json: string) => {
    const envelope = await dispatch(harness.table, channel, json === '' ? undefined : JSON.parse(json));
    calls.push(envelope.ok ? { channel, ok: true } : { channel, ok: false, error: envelope.error.message });
    return JSON.stringify(envelope);
  });
  await page.addInitScript({ content: pageBridge });
  const emit = async (event: string, payload: unknown) => {
    await page.evaluate(`window.__aiplanEmit(${JSON.stringify(event)}, ${JSON.stringify(JSON.stringify(payload))})`);
  };
  emitToPage = (event, payload) => {
    void emit(event, payload).catch(() => undefined);
  };
  await page.goto(server.url);
  await page.waitForSelector('.sidebar');
  return {
    page,
    browser,
    dir: harness.dir,
    answers: harness.answers,
    states: harness.states,
    exportersMissing: harness.exportersMissing,
    calls,
    emit: emit as AppHarness['emit'],
    close: async () => {
      await browser.close();
      await server.close();
      if (pageErrors.length) throw new Error(`uncaught errors in the page: ${pageErrors.join(' | ')}`);
    },
  };
};
