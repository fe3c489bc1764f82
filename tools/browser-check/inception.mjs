// Starts a throw-away INCEpTION 40.3, and in the system's headless Chromium does what the README tells a
// user to do: log in, create a project, Settings → Layers → Import tifa's inception-layers.json, Layers →
// Add "Named entity tagging" (DKPro's layer, which persons and the holder links point to), Documents →
// import one XMI as "UIMA CAS XMI (XML 1.0)", open it in the annotation editor; saves a screenshot and
// prints what the editor drew. Run by hand (README.md beside this file):
//   node inception.mjs JAR XMI_DIR DOCUMENT_ID OUT.png
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [jar, xmiDir, docId, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node inception.mjs JAR XMI_DIR DOCUMENT_ID OUT.png');
  process.exit(2);
}
const base = 'http://127.0.0.1:8089';
const password = `check-${process.pid}`;
const sleep = ms => new Promise(r => setTimeout(r, ms));
// INCEpTION 40 needs Java 21 or newer
const jvm = readdirSync('/usr/lib/jvm').filter(d => /(temurin|openjdk|java)-?2[1-9]/.test(d)).map(d => `/usr/lib/jvm/${d}/bin/java`)[0];
const hash = execFileSync('/usr/bin/python3', ['-c',
  'import bcrypt,sys; print(bcrypt.hashpw(sys.argv[1].encode(), bcrypt.gensalt(10)).decode())', password]).toString().trim();
const home = mkdtempSync(path.join(os.tmpdir(), 'inception-'));
writeFileSync(path.join(home, 'settings.properties'), [`server.port=8089`, `server.address=127.0.0.1`,
  `security.default-admin-password={bcrypt}${hash}`, `telemetry.auto-respond=REJECT`, ''].join('\n'));
const server = spawn(jvm, ['-Xmx2g', '-Djava.awt.headless=true', `-Dinception.home=${home}`, '-jar', jar], { stdio: 'ignore' });
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
const clickText = async (page, tag, text) => {
  const [el] = await page.$$(`xpath/.//${tag}[contains(normalize-space(.), "${text}")]`);
  if (!el) throw new Error(`no ${tag} "${text}" on ${page.url()}`);
  await el.click();
};
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1700, height: 1500 });
  for (let i = 0; ; i++) { // INCEpTION takes a minute or two to start
    try {
      await page.goto(`${base}/login.html`, { waitUntil: 'networkidle0', timeout: 20000 });
      if (await page.$('input[name=username]')) break;
    } catch (e) { /* not up yet */ }
    if (i > 60) throw new Error(`INCEpTION did not start (home ${home})`);
    await sleep(3000);
  }
  await page.type('input[name=username]', 'admin');
  await page.type('input[name=password]', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);

  // a new, empty project; INCEpTION opens it, and its address names it
  await clickText(page, 'button', 'New project');
  await sleep(1000);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), clickText(page, '*[self::a or self::button]', 'Create')]);
  const project = new URL(page.url()).pathname.replace(/\/$/, '');

  // Settings → Layers → Import: tifa's layers
  await page.goto(`${base}${project}/settings/layers`, { waitUntil: 'networkidle0' });
  await clickText(page, 'button', 'Import');
  await sleep(500);
  await (await page.$('input[name=content]')).uploadFile(path.join(xmiDir, 'inception-layers.json'));
  await page.click('button[name=import]');
  await sleep(4000);
  // Layers → Add → Named entity tagging: DKPro's NamedEntity, which persons and holder links use
  await page.goto(`${base}${project}/settings/layers`, { waitUntil: 'networkidle0' });
  await clickText(page, 'button', 'Add');
  await sleep(1500);
  await clickText(page, 'h5', 'Named entity tagging');
  await sleep(3000);

  // Documents → the XMI, as UIMA CAS XMI (XML 1.0)
  await page.goto(`${base}${project}/settings/documents`, { waitUntil: 'networkidle0' });
  await (await page.$('input[name=documents]')).uploadFile(path.join(xmiDir, `${docId}.xmi`));
  const xmi = await page.evaluate(() => [...document.querySelectorAll('select[name=format] option')]
    .find(o => /XMI \(XML 1\.0\)/.test(o.textContent)).value);
  await page.select('select[name=format]', xmi);
  await page.click('button[name=import]');
  await sleep(6000);

  // Annotation: open the document
  await page.goto(`${base}${project}/annotate`, { waitUntil: 'networkidle0' });
  await sleep(2000);
  await clickText(page, 'td', docId);
  await sleep(8000);
  await page.mouse.move(1300, 1400); // no hover box over the text: the blank editor below the text
  await page.mouse.click(1300, 1400);
  await sleep(2000);
  const drawn = await page.evaluate(() => ({
    spans: document.querySelectorAll('g.span').length,
    holderArcs: [...document.querySelectorAll('g.arcs text')].filter(t => t.textContent === 'holder').length,
    meetings: [...new Set([...document.querySelectorAll('g.span text')].map(t => t.textContent)
      .filter(t => /meeting\./.test(t)))],
    titles: [...document.querySelectorAll('g.span text')].filter(t => /title\./.test(t.textContent)).length,
  }));
  await page.screenshot({ path: out });
  console.log(JSON.stringify(drawn));
} finally {
  await browser.close();
  server.kill();
  await sleep(2000);
  rmSync(home, { recursive: true, force: true });
}
