// The workbench page in a real browser: Debian's chromium, headless, driven
// by puppeteer-core.  Starts `rerate serve cases`, changes Blackburn with
// Darwen's court-work answers with the keyboard, checks the overall rating
// the page shows against `rerate whatif`, asks for Good and checks the plan
// against `rerate target`, applies it, and opens `rerate rate --format html`
// with scripts off.  Screenshots (1280x800 and a phone) go to OUT_DIR.
//
//   node tests/browser/workbench.test.js build/rerate build/browser
'use strict';

const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const puppeteer = require('puppeteer-core');

const SOURCE = path.resolve(__dirname, '..', '..');
const PROGRAM = path.resolve(process.argv[2] || path.join(SOURCE, 'build', 'rerate'));
const OUT_DIR = path.resolve(process.argv[3] || path.join(SOURCE, 'build', 'browser'));
const INSPECTION = 'blackburn-with-darwen-2023';
const FILE = `cases/${INSPECTION}.yaml`;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

let passed = 0;
let failed = 0;
function check(what, ok, detail) {
  if (ok) {
    passed += 1;
    console.log(`ok   ${what}`);
  } else {
    failed += 1;
    console.log(`FAIL ${what}${detail ? `\n     ${detail}` : ''}`);
  }
}

// What the CLI prints, as JSON (exit 1 is a finding, still an answer).
// The case-standard rule's id and description as the inspection's rules file writes them,
// read from the file itself so a reworded description is checked, not assumed.
function caseStandardRule(inspection) {
  const methodology = fs.readFileSync(path.join(SOURCE, inspection), 'utf8').match(/^methodology:\s*(\S+)/m)[1];
  const rules = fs.readFileSync(path.join(SOURCE, 'rules', `${methodology}.yaml`), 'utf8');
  const block = rules.match(/^case_standard_rating:\n((?:[ ].*\n)+)/m)[1];
  return { id: block.match(/^\s+id:\s*(\S+)/m)[1], description: block.match(/^\s+description:\s*(.+)$/m)[1].trim() };
}

function cli(...args) {
  try {
    return JSON.parse(execFileSync(PROGRAM, [...args, '--format', 'json'], { cwd: SOURCE, encoding: 'utf8' }));
  } catch (error) {
    if (error.status === 1) return JSON.parse(error.stdout);
    throw error;
  }
}

function startServer() {
  const server = spawn(PROGRAM, ['serve', 'cases', '--port', '0'], { cwd: SOURCE, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stderr.on('data', (chunk) => process.stderr.write(chunk));
  const address = new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const found = /open (http:\/\/\S+\/)/.exec(output);
      if (found) resolve(found[1]);
    });
    server.on('exit', (code) => reject(new Error(`rerate serve exited with ${code} before listening`)));
    setTimeout(() => reject(new Error('rerate serve did not print its address within 10 s')), 10000);
  });
  const stopped = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal, output: () => output })));
  return { server, address, stopped };
}

async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rerate-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', `--user-data-dir=${profile}`],
  });
  return { browser, profile };
}

const text = (page, selector) => page.$eval(selector, (node) => node.textContent.trim());

// The rating after the scenario: the last rating badge in #overall.
const overallShown = (page) => page.$$eval('#overall .rating', (nodes) => nodes[nodes.length - 1].textContent.trim());

async function waitForChanges(page, argumentsWanted) {
  await page.waitForFunction((wanted) => {
    const shown = [...document.querySelectorAll('#changes code')].map((node) => node.textContent);
    return !document.body.classList.contains('busy') && JSON.stringify(shown) === JSON.stringify(wanted);
  }, { timeout: 15000 }, argumentsWanted);
}

async function screenshot(page, name, width, height) {
  await page.setViewport({ width, height });
  await page.evaluate(() => window.scrollTo(0, 0));
  await new Promise((resolve) => setTimeout(resolve, 150));
  const file = path.join(OUT_DIR, name);
  await page.screenshot({ path: file });
  await page.screenshot({ path: file.replace(/\.png$/, '-full.png'), fullPage: true });
  console.log(`     screenshot ${file}`);
}

async function workbench(page, url) {
  const rate = cli('rate', FILE);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.select('#inspection', INSPECTION);
  await page.waitForFunction((name) => document.querySelector('#inspection-meta').textContent.startsWith(name),
    { timeout: 15000 }, rate.inspection);
  await waitForChanges(page, []);
  check('the page shows the overall rating rate gives', (await overallShown(page)) === rate.overall,
    `${await overallShown(page)} vs ${rate.overall}`);
  const ratings = await text(page, '#ratings');
  check('the rules that changed a rating are shown in words, as rate gives them',
    rate.events.length > 0 && rate.events.every((event) => ratings.includes(event.detail)));

  // Court work: two more yes answers, by keyboard (focus the + button, Enter twice).
  await page.focus('[data-key="plus-2.1.1"]');
  await page.keyboard.press('Enter');
  await waitForChanges(page, ['--kq 2.1.1=+1']);
  check('keyboard focus stays on the + button after it re-rates',
    await page.evaluate(() => document.activeElement.dataset.key === 'plus-2.1.1'));
  await page.keyboard.press('Enter');
  await waitForChanges(page, ['--kq 2.1.1=+2']);
  const whatif = cli('whatif', FILE, '--kq', '2.1.1=+2');
  check('after two more court-work yes answers the page shows whatif\'s overall rating',
    (await overallShown(page)) === whatif.overall.after, `${await overallShown(page)} vs ${whatif.overall.after}`);
  check('the headline shows whatif\'s score', (await text(page, '#headline')).includes(`${whatif.score.after.points}/${whatif.score.after.max}`));
  const kqShown = await text(page, '[data-kq="2.1.1"] .kq-n');
  const kqAfter = whatif.key_questions.find((kq) => kq.id === '2.1.1').after;
  check('the chart shows 2.1.1 as whatif counts it', kqShown === `${kqAfter.yes}/${kqAfter.relevant} \u00b7 ${kqAfter.percent}%`, kqShown);
  const why = await text(page, '#why');
  check('the engine\'s explanations are shown', whatif.explanations.every((x) => why.includes(x.headline)));
  const caseRule = caseStandardRule(FILE);
  check('rule ids are shown with their descriptions', why.includes(caseRule.id) && why.includes(caseRule.description),
    `${caseRule.id}: ${caseRule.description}`);
  await screenshot(page, 'workbench-1280x800.png', 1280, 800);

  // What does it take to reach Good?
  await page.select('#target-overall', 'Good');
  await page.click('#target-run');
  await page.waitForSelector('#target-answer', { timeout: 30000 });
  const target = cli('target', FILE, '--kq', '2.1.1=+2', '--overall', 'Good');
  const planShown = await page.$$eval('#plan tbody tr', (rows) => rows.map((row) =>
    [...row.querySelectorAll('td')].slice(0, 4).map((cell) => cell.textContent.trim()).join(' | ')));
  const planCli = target.plan.map((step) => `${step.key_question} | ${step.yes}/${step.relevant} | +${step.to_yes} | ${step.yes_after}/${step.relevant} (${step.percent_after}%)`);
  check('the plan for Good equals rerate target\'s', JSON.stringify(planShown) === JSON.stringify(planCli),
    `${JSON.stringify(planShown)} vs ${JSON.stringify(planCli)}`);
  check('the plan\'s size is target\'s', (await text(page, '#target-answer')).startsWith(`${target.changes} answer`));
  await screenshot(page, 'workbench-target-1280x800.png', 1280, 800);

  await page.click('#apply-plan');
  const applied = ['--kq 2.1.1=+2', ...target.plan.map((step) => `--kq ${step.key_question}=+${step.to_yes}`)];
  await waitForChanges(page, applied);
  check('the applied plan reaches target\'s overall rating', (await overallShown(page)) === target.after.overall,
    `${await overallShown(page)} vs ${target.after.overall}`);

  // A change the engine refuses: its own message, the scenario kept.
  await page.evaluate(() => { document.querySelector('#case-id').value = 'BWD01'; });
  await page.select('#case-kq', '2.1.1');
  await page.select('#case-answer', 'maybe').catch(() => {});
  await page.evaluate(() => {
    const answer = document.querySelector('#case-answer');
    answer.append(new Option('maybe', 'maybe'));
    answer.value = 'maybe';
  });
  await page.click('#change-forms .row:last-child button');
  await page.waitForSelector('#error .error', { timeout: 15000 });
  const refused = await text(page, '#error');
  let cliMessage = '';
  try {
    execFileSync(PROGRAM, ['whatif', FILE, '--case', 'BWD01:2.1.1=maybe'], { cwd: SOURCE, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    cliMessage = error.stderr.trim().replace(/^error: /, '');
  }
  check('an impossible change shows the CLI\'s own message', refused === cliMessage, `${refused} vs ${cliMessage}`);
  await waitForChanges(page, applied);

  await screenshot(page, 'workbench-phone-390x844.png', 390, 844);
  check('the page raised no script error', pageErrors.length === 0, pageErrors.join('; '));
}

// The hook for `rerate stability` (another issue): hidden while the API has
// no stability answer (404 today); shown, from the JSON that command is to
// print, once it does (here the browser is given such an answer).
async function stabilityHook(page, url) {
  await page.goto(`${url}?inspection=${INSPECTION}`, { waitUntil: 'networkidle0' });
  await waitForChanges(page, []);
  check('with no stability answer from the API the section stays hidden', await page.$eval('#stability-card', (node) => node.hidden));
  const answer = {
    inspection: 'Blackburn with Darwen PDU', method: 'cases', resamples: 10000, seed: 1, confidence: 0.95,
    overall: { computed: 'Requires improvement', published: null, probabilities: { 'Requires improvement': 0.8, Good: 0.2 } },
    standards: [{ id: '2.1', name: 'Court work', computed: 'Inadequate', published: null,
      probabilities: { Inadequate: 0.71, 'Requires improvement': 0.23, Good: 0.06 }, no_data: 0, discretion_dropped: 0 }],
    key_questions: [],
  };
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.url().endsWith('/stability')
    ? request.respond({ status: 200, contentType: 'application/json', body: JSON.stringify(answer) }) : request.continue()));
  await page.reload({ waitUntil: 'networkidle0' });
  await page.waitForFunction(() => !document.querySelector('#stability-card').hidden, { timeout: 15000 });
  const shown = await text(page, '#stability');
  check('a stability answer is shown as each rating\'s probability', shown.includes('2.1 Court work: Inadequate 71%, Requires improvement 23%, Good 6%'), shown);
}

async function report(page) {
  const file = path.join(OUT_DIR, `${INSPECTION}.html`);
  fs.writeFileSync(file, execFileSync(PROGRAM, ['rate', FILE, '--format', 'html'], { cwd: SOURCE }));
  const rate = cli('rate', FILE);
  await page.setJavaScriptEnabled(false);
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`file://${file}`);
  check('the HTML report reads without a script: the inspection', (await text(page, 'h2')) === rate.inspection);
  const headline = await text(page, '.headline');
  check('the HTML report shows rate\'s score and overall rating',
    headline.includes(`${rate.score.points}/${rate.score.max}`) && headline.includes(rate.overall), headline);
  const bars = await page.$$eval('.kq .fill', (nodes) => nodes.length);
  const withResult = rate.standards.flatMap((s) => s.key_questions).filter((kq) => kq.percent !== null).length;
  check('the HTML report draws a bar for every key question with a result', bars === withResult, `${bars} vs ${withResult}`);
  await screenshot(page, 'report-1280x800.png', 1280, 800);
  await screenshot(page, 'report-phone-390x844.png', 390, 844);
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const { server, address, stopped } = startServer();
  let browser = null;
  let profile = null;
  try {
    const url = await address;
    ({ browser, profile } = await launch());
    const page = await browser.newPage();
    await workbench(page, url);
    await stabilityHook(await browser.newPage(), url);
    await report(await browser.newPage());
  } catch (error) {
    check('the browser test ran to its end', false, error.stack);
  } finally {
    if (browser) await browser.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
    server.kill('SIGTERM');
    const end = await stopped;
    check('rerate serve stops cleanly on SIGTERM', end.code === 0 && end.output().includes('stopped'),
      `exit ${end.code} signal ${end.signal}`);
  }
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

main();
