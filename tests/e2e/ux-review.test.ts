// End-to-end checks of the UX review fixes: a typed size on an architecture preset changes the results,
// the derived size shows as a hint, percent fields refuse in %, a training scenario quantized says it is
// compared as served, and a GPU without bf16 can be edited in the catalog.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, launchApp, type AppHarness } from './harness';

const skip = browserSkipReason();
if (skip) console.log(skip);

describe.skipIf(skip !== null)('UX review fixes in Chromium', () => {
  let app: AppHarness;
  const headline = (metric: string) => app.page.locator(`.card[data-metric="${metric}"] .card-value`).innerText();
  beforeAll(async () => {
    app = await launchApp({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('offers Go to Start from an empty view', async () => {
    await app.page.click('[data-view="compare"]');
    await app.page.click('[data-go-start]');
    await app.page.waitForSelector('[data-preset]');
  });

  it('uses a size typed over an architecture preset, and shows the derived size as the hint', async () => {
    await app.page.click('[data-preset="llama-2-7b"]');
    await app.page.waitForSelector('.card[data-metric="gpuHours"] .card-value');
    await expect
      .poll(() => app.page.getAttribute('#field-model-parameters', 'placeholder'))
      .toBe('6.74B (architecture)');
    const before = await headline('gpuHours');
    await app.page.fill('#field-model-parameters', '13B');
    await expect.poll(() => headline('gpuHours')).not.toBe(before);
    await app.page.keyboard.press('Escape');
    await app.page.locator('body').click({ position: { x: 5, y: 600 } });
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => app.page.inputValue('#field-model-parameters')).toBe('');
    await expect.poll(() => headline('gpuHours')).toBe(before);
  });

  it('returns the focus to the figure whose derivation was opened with the keyboard', async () => {
    await app.page.focus('.card[data-metric="energy"]');
    await app.page.keyboard.press('Enter');
    await app.page.waitForSelector('[role="dialog"]');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.locator('[role="dialog"]').count()).toBe(0);
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-metric'))).toBe('energy');
  });

  it('refuses a percent field in %, naming the field', async () => {
    await app.page.fill('#field-energy-renewableShare', '150');
    await expect
      .poll(() => app.page.locator('#field-energy-renewableShare-msg').innerText())
      .toBe('Renewable share must be between 0 % and 100 %');
    await app.page.fill('#field-energy-renewableShare', '0');
    await expect.poll(() => app.page.locator('.field-message').count()).toBe(0);
  });

  it('says when a technique compares a training scenario as served, and names the kept scenario so', async () => {
    await app.page.click('[data-view="techniques"]');
    await app.page.click('[data-technique="quantization"]');
    await expect
      .poll(() => app.page.locator('[data-view-change]').innerText())
      .toContain('is a pre-training scenario; this technique acts on serving');
    await app.page.click('text=Keep as new scenario');
    await app.page.click('[data-view="compare"]');
    await expect
      .poll(() => app.page.locator('.compare-table tbody').innerText())
      .toContain('Llama 2 7B pretraining + Quantization (serving)');
  });

  it('edits a GPU that has no bf16 figure', async () => {
    await app.page.click('[data-view="catalog"]');
    await app.page.click('button[aria-label="Edit NVIDIA V100 SXM2 32GB"]');
    expect(await app.page.getAttribute('input[aria-label="Peak bf16 (TFLOP/s), optional"]', 'placeholder')).toBe(
      'none',
    );
    await app.page.fill('input[aria-label="TDP (W)"]', '280');
    await app.page.click('.table tr.editing button:has-text("Save")');
    await expect.poll(() => app.page.locator('.table .badge:has-text("edited")').count()).toBe(1);
    expect(await app.page.locator('.table .error-text').count()).toBe(0);
  });
});
