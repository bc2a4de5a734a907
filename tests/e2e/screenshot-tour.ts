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

const tour = async (dir: string, scheme: 'light' | 'dark'): Promise<string[]> => {
  const app = await launchApp({ colorScheme: scheme });
  const files: string[] = [];
  const suffix = scheme === 'dark' ? '-dark' : '';
  try {
    const { page } = app;
    await page.waitForSelector('[data-preset]');
    files.push(await shoot(app, dir, `01-start${suffix}`));
    await page.click('[data-example="training-in-three-regions"]').catch(async () => page.locator('[data-example]').first().click());
    await page.waitForSelector('.card[data-metric="cost"] .card-value');
    // The example's notice would cover every later screenshot: read, then dismiss it.
    files.push(await shoot(app, dir, `02-editor${suffix}`));
    for (const button of await page.locator('.message button').all()) await button.click();
    await page.check('text=Advanced settings');
    files.push(await shoot(app, dir, `03-editor-advanced${suffix}`));
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
  } finally {
    await app.close();
  }
  return files;
};

export const takeScreenshots = async (): Promise<string[]> => {
  const reason = browserSkipReason();
  if (reason) { console.log(reason); return []; }
  const dir = join(repoRoot, 'artifacts/screenshots');
  mkdirSync(dir, { recursive: true });
  return [...(await tour(dir, 'light')), ...(await tour(dir, 'dark'))];
};
