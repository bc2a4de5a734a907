// `npm run screenshots`: builds the renderer, drives it in Chromium through the e2e harness
// (real handler table), and writes a PNG of every view to artifacts/screenshots/.
import { register } from 'tsx/esm/api';

register();
const { takeScreenshots } = await import('../tests/e2e/screenshot-tour.ts');
const files = await takeScreenshots();
for (const file of files) console.log(file);
console.log(`${files.length} screenshots written`);
