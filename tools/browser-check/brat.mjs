// Opens a page of tifa's brat output in a real brat, served by brat's own standalone server, in the
// system's headless Chromium, and saves a screenshot. Run by hand (see README.md beside this file):
//   node brat.mjs BRAT_DIR TIFA_BRAT_DIR PAGE_ID OUT.png
// BRAT_DIR is a brat made by ../../../shared/brat/setup.sh (its data in BRAT_DIR/data).
import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [bratDir, tifaBrat, pageId, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node brat.mjs BRAT_DIR TIFA_BRAT_DIR PAGE_ID OUT.png');
  process.exit(2);
}
const port = 8099;
const collection = path.join(bratDir, 'data', 'tifa');
rmSync(collection, { recursive: true, force: true });
cpSync(tifaBrat, collection, { recursive: true });

const server = spawn('python3', ['standalone.py', String(port)], { cwd: bratDir, stdio: 'ignore' });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  const url = `http://127.0.0.1:${port}/index.xhtml#/tifa/${pageId}`;
  for (let attempt = 0; ; attempt++) { // the server takes a moment to start
    try {
      await page.goto(url, { waitUntil: 'networkidle0', timeout: 30000 });
      break;
    } catch (e) {
      if (attempt > 10) throw e;
      await new Promise(r => setTimeout(r, 1000));
    }
  }
  // brat draws the document as SVG once the annotations are loaded
  await page.waitForSelector('svg g.span', { timeout: 60000 });
  await new Promise(r => setTimeout(r, 8000)); // brat's start-up messages fade
  const counts = await page.evaluate(() => ({
    spans: document.querySelectorAll('svg g.span').length,
    arcs: document.querySelectorAll('svg g.arcs > g').length,
    colours: [...new Set([...document.querySelectorAll('svg g.span rect')].map(r => r.getAttribute('fill')))],
    messages: [...document.querySelectorAll('#messagepop .ui-state-error, .messages .error')].map(m => m.textContent),
  }));
  await page.screenshot({ path: out }); // the first screen: the page's first article
  console.log(JSON.stringify(counts));
} finally {
  await browser.close();
  server.kill();
}
