// End-to-end: ranges in the results, the range editor and compare, through the real handler table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, launchApp, type AppHarness } from './harness';

const skip = browserSkipReason();
if (skip) console.log(skip);

const RANGE = '.card[data-metric="cost"] .card-range';
const money = (text: string) => {
  const m = /^\$([\d.,]+)([KMB]?)$/.exec(text.trim());
  if (!m) throw new Error(`not a dollar amount: "${text}"`);
  return Number(m[1]!.replace(/,/g, '')) * ({ '': 1, K: 1e3, M: 1e6, B: 1e9 } as Record<string, number>)[m[2]!]!;
};
/** "80% interval: $1.2K – $1.5K" → [1200, 1500]. */
const interval = async (app: AppHarness): Promise<[number, number]> => {
  const text = await app.page.locator(RANGE).innerText();
  const m = /^80% interval: (.+) – (.+)$/.exec(text.trim());
  if (!m) throw new Error(`not an interval: "${text}"`);
  return [money(m[1]!), money(m[2]!)];
};

describe.skipIf(skip !== null)('ranges in the app', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the 80% interval under the headline figures, a tornado and the assumptions', async () => {
    await app.page.click('[data-preset="my-own-model"]');
    await app.page.waitForSelector(RANGE);
    const [p10, p90] = await interval(app);
    const point = money(await app.page.locator('.card[data-metric="cost"] .card-value').innerText());
    expect(p10).toBeLessThan(point);
    expect(p90).toBeGreaterThan(point);
    for (const metric of ['wallClock', 'gpuHours', 'energy', 'co2']) {
      expect(await app.page.locator(`.card[data-metric="${metric}"] .card-range`).innerText()).toMatch(
        /^80% interval: .+ – .+$/,
      );
    }
    expect(await app.page.locator('.card[data-metric="gpus"] .card-range').count()).toBe(0);
    expect(await app.page.locator('.uncertainty canvas[aria-label^="Tornado chart"]').count()).toBe(1);
    expect(await app.page.locator('.uncertainty .range-table tbody tr').count()).toBe(5);
    expect(await app.page.locator('.uncertainty .assumptions').innerText()).toContain('The GPU count stays as planned');
    await app.page.selectOption('select[aria-label="Output for the tornado chart"]', 'energyKWh');
    expect(await app.page.locator('.range-table tr.selected').getAttribute('data-output')).toBe('energyKWh');
    expect(app.calls.filter((c) => c.channel === 'engine:uncertainty').every((c) => c.ok)).toBe(true);
  });

  it('edits a range in the advanced settings and the interval follows; undo brings it back', async () => {
    const [lowBefore, highBefore] = await interval(app);
    await app.page.check('text=Advanced settings');
    await app.page.waitForSelector('[data-section="uncertainty"]');
    expect(await app.page.inputValue('#range-pricePerGpuHour-high')).toBe('1.3');
    expect(await app.page.locator('[data-range="pricePerGpuHour"] .badge').innerText()).toBe('default');
    await app.page.fill('#range-pricePerGpuHour-high', '3');
    await expect.poll(async () => (await interval(app))[1]).toBeGreaterThan(highBefore * 1.4);
    // A longer upper tail moves P90 much more than P10.
    const [lowAfter, highAfter] = await interval(app);
    expect(highAfter - highBefore).toBeGreaterThan(3 * Math.abs(lowAfter - lowBefore));
    expect(await app.page.locator('[data-range="pricePerGpuHour"] .badge').innerText()).toBe('set in scenario');
    expect(await app.page.locator('.ranges-used').textContent()).toContain('set in scenario');
    // Out of order: refused inline, naming the rule; the interval stays.
    await app.page.fill('#range-pricePerGpuHour-low', '1.5');
    await expect
      .poll(() => app.page.locator('#range-pricePerGpuHour-low-msg').innerText())
      .toContain('low ≤ likely ≤ high');
    await app.page.fill('#range-pricePerGpuHour-low', '0.7');
    await expect.poll(() => app.page.locator('#range-pricePerGpuHour-low-msg').count()).toBe(0);
    await app.page.locator('body').click({ position: { x: 5, y: 400 } });
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => app.page.inputValue('#range-pricePerGpuHour-high')).toBe('1.3');
    await expect.poll(async () => (await interval(app))[1]).toBe(highBefore);
    await app.page.uncheck('text=Advanced settings');
  });

  it('shows P10–P90 under the compared figures', async () => {
    await app.page.click('button[aria-label="Duplicate My model"]');
    await app.page.selectOption('#field-hardware-gpu', 'a100-80gb');
    await app.page.click('[data-view="compare"]');
    await expect.poll(() => app.page.locator('.compare-table tbody tr').count()).toBe(2);
    await expect.poll(() => app.page.locator('.compare-table .compare-range').count()).toBe(10);
    const texts = await app.page.locator('.compare-table tbody tr').nth(1).locator('.compare-range').allInnerTexts();
    expect(texts.at(-1)).toMatch(/^\$[\d.,]+[KMB]? – \$[\d.,]+[KMB]?$/);
  });
});
