// End-to-end: the search view in Chromium, through the real handler table and search worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, launchApp, type AppHarness } from './harness';

const skip = browserSkipReason();
if (skip) console.log(skip);

describe.skipIf(skip !== null)('the search view in Chromium', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await launchApp();
    await app.page.click('[data-preset="my-own-model"]');
    await app.page.waitForSelector('.card[data-metric="cost"] .card-value');
    await app.page.click('[data-view="search"]');
    await app.page.waitForSelector('#search-goal');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('starts from the scenario and validates fields inline with the schema messages', async () => {
    const { page } = app;
    expect(await page.inputValue('#search-goal')).toBe('1B');
    expect(await page.locator('.chip.on[data-chip="h100-sxm"]').count()).toBe(1);
    await page.fill('#search-space-layers', '12, x');
    await expect
      .poll(() => page.locator('#search-space-layers-msg').innerText())
      .toContain('Layers: "x" is not a number');
    expect(await page.locator('button[type="submit"]').isDisabled()).toBe(true);
    await page.fill('#search-space-layers', '12, 0');
    await expect
      .poll(() => page.locator('#search-space-layers-msg').innerText())
      .toBe('Layers: layers values must be at least 1');
    await page.fill('#search-space-layers', '12, 16, 24');
    await expect.poll(() => page.locator('.field-message').count()).toBe(0);
  });

  it('runs a small search and shows the summary, chart, table and campaign budget', async () => {
    const { page } = app;
    await page.fill('#search-space-gpuCount', '8, 16');
    await page.click('button[type="submit"]');
    await page.waitForSelector('.search-table tbody tr[data-candidate]');
    expect(await page.locator('.search-summary').innerText()).toMatch(
      /Evaluated all [\d,]+ candidates: [\d,]+ feasible/,
    );
    expect(await page.locator('.search-summary').innerText()).toContain('Chinchilla check.');
    expect(await page.locator('.search-chart canvas').getAttribute('aria-label')).toMatch(
      /^Scatter of \d+ sampled plans and \d+ frontier plans/,
    );
    expect(await page.locator('.search-table tbody tr[data-candidate]').count()).toBeGreaterThan(1);
    expect(await page.locator('.campaign-table tbody tr').count()).toBe(5);
    // Sorting by cost puts the cheapest first.
    await page.click('.search-table th button:text-is("Cost")');
    const costs = await page.locator('.search-table tbody tr[data-candidate] td:nth-child(4)').allInnerTexts();
    const values = costs.map(
      (t) => Number(t.replace(/[^\d.]/g, '')) * (t.includes('K') ? 1e3 : t.includes('M') ? 1e6 : 1),
    );
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(app.calls.filter((c) => c.channel === 'search:run').every((c) => c.ok)).toBe(true);
  });

  it('saves the setup in the project, undoably', async () => {
    const { page } = app;
    await page.fill('input[aria-label="Setup name"]', 'Small search');
    await page.click('text=Save setup');
    await expect
      .poll(() => page.locator('select[aria-label="Saved search setup"] option').allInnerTexts())
      .toContain('Small search');
    await page.click('button[aria-label="Undo"]');
    await expect
      .poll(() => page.locator('select[aria-label="Saved search setup"] option').allInnerTexts())
      .not.toContain('Small search');
    await page.click('button[aria-label="Redo"]');
    await expect
      .poll(() => page.locator('select[aria-label="Saved search setup"] option').allInnerTexts())
      .toContain('Small search');
    while ((await page.locator('.message button').count()) > 0) await page.locator('.message button').first().click();
  });

  it('applies a plan as a scenario and switches to it in the editor', async () => {
    const { page } = app;
    const first = page.locator('.search-table tbody tr[data-candidate]').first();
    await first.locator('button[aria-label$="as a scenario"]').click();
    await expect.poll(() => page.locator('main').getAttribute('data-current-view')).toBe('editor');
    await expect.poll(() => page.locator('.form h2').innerText()).toMatch(/^Search plan /);
    await page.waitForSelector('.card[data-metric="cost"] .card-value');
    expect(await page.locator('.scenario-list li').count()).toBe(2);
    await page.click('button[aria-label="Undo"]');
    await expect.poll(() => page.locator('.scenario-list li').count()).toBe(1);
    await page.click('[data-view="search"]');
    expect(await page.locator('.search-table tbody tr[data-candidate]').count()).toBeGreaterThan(1); // the result survives switching views
  });

  it('cancels a long search and keeps what it found', async () => {
    const { page } = app;
    await page.fill('#search-space-layers', Array.from({ length: 60 }, (_, i) => 8 + 2 * i).join(', '));
    await page.fill('#search-space-hidden', Array.from({ length: 40 }, (_, i) => 512 * (i + 1)).join(', '));
    await page.fill('#search-space-gpuCount', '8, 16, 32, 64, 128, 256, 512, 1024');
    // ≈ 170 million plans: minutes of work, so the cancel always lands mid-run.
    await page.fill('#search-space-microBatch', '1, 2, 4, 8, 16, 32');
    await page.fill('#search-space-tensorParallel', '1, 2, 4, 8');
    await page.fill('#search-space-pipelineParallel', '1, 2, 4, 8, 16');
    await page.fill('#search-space-seqLength', '2048, 4096');
    await page.fill('#search-maxCandidates', '1B');
    await page.click('button[type="submit"]');
    await page.waitForSelector('[role="progressbar"]');
    await expect
      .poll(() => page.locator('.progress-label').innerText(), { timeout: 20_000 })
      .toMatch(/Searching plans: [\d,]+ of/);
    await page.click('.run-bar button:text-is("Cancel")');
    await page.waitForSelector('.search-summary .badge.bad');
    expect(await page.locator('.search-summary').innerText()).toMatch(
      /Cancelled after [\d,]+ of [\d,]+ planned candidates/,
    );
    expect(app.calls.some((c) => c.channel === 'search:cancel' && c.ok)).toBe(true);
  });
});
