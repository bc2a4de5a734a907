// `npm run screenshots`: a PNG of every view (light and dark) into artifacts/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserSkipReason, launchApp, type AppHarness } from './harness';
import { repoRoot } from './build-renderer';

const shoot = async (app: AppHarness, dir: string, name: string) => {
  await app.page.waitForTimeout(150); // let charts paint
  const file = join(dir, `${name}.png`);
  await app.page.screenshot({ path: file, fullPage: false });
  return file;
};

/** The search view: a small search run, then the selected plan with the NAS campaign budget. */
const searchShots = async (app: AppHarness, dir: string, suffix: string): Promise<string[]> => {
  const { page } = app;
  await page.click('[data-view="search"]');
  await page.waitForSelector('#search-goal');
  await page.fill('#search-space-gpuCount', '8, 16, 32, 64');
  await page.click('.search-form-column button[type="submit"]');
  await page.waitForSelector('.search-table tbody tr[data-candidate]');
  const files = [await shoot(app, dir, `11-search${suffix}`)];
  await page.locator('.search-table tbody tr[data-candidate] button:text-is("Select")').nth(1).click();
  await page.evaluate("document.querySelector('.campaign').scrollIntoView({ block: 'end' })");
  files.push(await shoot(app, dir, `12-search-campaign${suffix}`));
  await page.fill('#search-space-layers', '12, x');
  await page.evaluate("document.querySelector('#search-space-layers').scrollIntoView({ block: 'center' })");
  files.push(await shoot(app, dir, `13-search-validation${suffix}`));
  return files;
};

const tour = async (dir: string, scheme: 'light' | 'dark'): Promise<string[]> => {
  const app = await launchApp({ colorScheme: scheme });
  const files: string[] = [];
  const suffix = scheme === 'dark' ? '-dark' : '';
  try {
    const { page } = app;
    await page.waitForSelector('[data-preset]');
    files.push(await shoot(app, dir, `01-start${suffix}`));
    await page
      .click('[data-example="training-in-three-regions"]')
      .catch(async () => page.locator('[data-example]').first().click());
    await page.waitForSelector('.card[data-metric="cost"] .card-value');
    // The example's notice would cover every later screenshot: read, then dismiss it.
    files.push(await shoot(app, dir, `02-editor${suffix}`));
    for (const button of await page.locator('.message button').all()) await button.click();
    await page.check('text=Advanced settings');
    files.push(await shoot(app, dir, `03-editor-advanced${suffix}`));
    // Ranges (issue 8): the range editor, then the results' intervals, table and tornado.
    await page.evaluate("document.querySelector('[data-section=\"uncertainty\"]').scrollIntoView({ block: 'start' })");
    files.push(await shoot(app, dir, `03b-editor-uncertainty${suffix}`));
    await page.waitForSelector('.uncertainty canvas');
    await page.evaluate("document.querySelector('.uncertainty').scrollIntoView({ block: 'end' })");
    files.push(await shoot(app, dir, `03c-results-ranges${suffix}`));
    await page.uncheck('text=Advanced settings');
    await page.click('.card[data-metric="energy"]');
    await page.waitForSelector('[role="dialog"]');
    files.push(await shoot(app, dir, `04-derivation${suffix}`));
    await page.keyboard.press('Escape');
    const views = ['compare', 'techniques', 'catalog', 'accuracy', 'settings'];
    for (const [i, view] of views.entries()) {
      await page.click(`[data-view="${view}"]`);
      files.push(await shoot(app, dir, `${String(i + 5).padStart(2, '0')}-${view}${suffix}`));
    }
    await page.click('[data-view="editor"]');
    await page.fill('#field-energy-pue', '0.3');
    await page.evaluate("document.querySelector('#field-energy-pue').scrollIntoView({ block: 'center' })");
    files.push(await shoot(app, dir, `10-validation${suffix}`));
    files.push(...(await searchShots(app, dir, suffix)));
  } finally {
    await app.close();
  }
  return files;
};

export const takeScreenshots = async (): Promise<string[]> => {
  const reason = browserSkipReason();
  if (reason) {
    console.log(reason);
    return [];
  }
  const dir = join(repoRoot, 'artifacts/screenshots');
  mkdirSync(dir, { recursive: true });
  return [...(await tour(dir, 'light')), ...(await tour(dir, 'dark'))];
};
