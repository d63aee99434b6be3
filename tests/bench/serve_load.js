// Load test of `rerate serve` (by hand, never in CI): N concurrent clients on
// the loopback send a mix of whatif and target requests for a fixed time.
// Every answer is compared with what the CLI prints for the same input, run
// once per request kind before the clock starts.  Reports requests/s, p50 and
// p99 latency, errors (must be 0), answers that differ (must be 0) and the
// server's peak memory (/usr/bin/time -v).  Node's standard library only.
//
//   node tests/bench/serve_load.js [--clients 8] [--seconds 20] [--program build/rerate]
'use strict';

const { spawn, execFileSync } = require('node:child_process');
const http = require('node:http');
const path = require('node:path');

const SOURCE = path.resolve(__dirname, '..', '..');
const options = { clients: 8, seconds: 20, program: path.join(SOURCE, 'build', 'rerate') };
for (let i = 2; i < process.argv.length; i += 2) {
  const name = process.argv[i].replace(/^--/, '');
  if (!(name in options)) throw new Error(`unknown option ${process.argv[i]} (expected --clients, --seconds, --program)`);
  options[name] = name === 'program' ? path.resolve(process.argv[i + 1]) : Number(process.argv[i + 1]);
}

// The mix: [inspection, endpoint, body, the same request as CLI arguments].
const MIX = [
  ['blackburn-with-darwen-2023', 'whatif', { changes: [{ kq: '2.1.1=+2' }, { set: '1.3=Good' }] }, ['whatif', '--kq', '2.1.1=+2', '--set', '1.3=Good']],
  ['blackburn-with-darwen-2023', 'target', { overall: 'Good' }, ['target', '--overall', 'Good']],
  ['blackburn-with-darwen-2023', 'target', { overall: 'Outstanding' }, ['target', '--overall', 'Outstanding']],
  ['blackburn-with-darwen-2023', 'target', { margin: true, pivotal: true, changes: [{ kq: '2.1.1=+1' }] }, ['target', '--margin', '--pivotal', '--kq', '2.1.1=+1']],
  ['bradford-and-calderdale-2024', 'whatif', { changes: [{ kq: '2.3.1=-3' }, { case: 'BDC01:2.2.1=no' }] }, null],
  ['bradford-and-calderdale-2024', 'target', { overall: 'Good', margin: true }, ['target', '--overall', 'Good', '--margin']],
  ['north-and-north-east-lincolnshire-2023', 'target', { standards: ['2.5=Outstanding'] }, ['target', '--standard', '2.5=Outstanding']],
  ['north-and-north-east-lincolnshire-2023', 'whatif', { changes: [{ 'drop-discretion': '2.5' }] }, ['whatif', '--drop-discretion', '2.5']],
  ['east-berkshire-2023', 'whatif', { changes: [{ 'not-rated': '2.1' }, { kq: '2.4.2=+3' }] }, ['whatif', '--not-rated', '2.1', '--kq', '2.4.2=+3']],
  ['east-berkshire-2023-percentages', 'target', { overall: 'Good' }, ['target', '--overall', 'Good']],
];

function cliArgs([id, endpoint, body, args]) {
  if (args) return args;
  // Changes as options, in order (for the mix items written as JSON only).
  return [endpoint, ...body.changes.flatMap((change) => [`--${Object.keys(change)[0]}`, Object.values(change)[0]])];
}

function cliAnswer(item) {
  const args = cliArgs(item);
  const full = [args[0], `cases/${item[0]}.yaml`, ...args.slice(1), '--format', 'json'];
  try {
    return execFileSync(options.program, full, { cwd: SOURCE, encoding: 'utf8' });
  } catch (error) {
    if (error.status === 1) return error.stdout;  // a finding (unreachable target): still the answer
    throw new Error(`rerate ${full.join(' ')}: exit ${error.status}: ${error.stderr}`);
  }
}

function startServer() {
  const server = spawn('/usr/bin/time', ['-v', options.program, 'serve', 'cases', '--port', '0'], { cwd: SOURCE });
  let out = '';
  let err = '';
  server.stdout.on('data', (chunk) => { out += chunk; });
  server.stderr.on('data', (chunk) => { err += chunk; });
  const port = new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const found = /open http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (found) { clearInterval(timer); resolve(Number(found[1])); }
    }, 20);
    server.on('exit', () => { clearInterval(timer); reject(new Error(`rerate serve exited: ${err}`)); });
  });
  const stopped = new Promise((resolve) => server.on('exit', (code) => resolve({ code, out, err })));
  return { server, port, stopped };
}

function post(agent, port, pathName, body) {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: pathName, method: 'POST', agent,
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function client(index, port, deadline, expected, results) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (let i = index; Date.now() < deadline; i += 1) {
    const item = MIX[i % MIX.length];
    const started = process.hrtime.bigint();
    try {
      const answer = await post(agent, port, `/api/inspections/${item[0]}/${item[1]}`, JSON.stringify(item[2]));
      results.latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (answer.status !== 200) results.errors += 1;
      else if (answer.body !== expected[i % MIX.length]) results.different += 1;
    } catch (error) {
      results.errors += 1;
    }
  }
  agent.destroy();
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const expected = MIX.map(cliAnswer);
  const { server, port, stopped } = startServer();
  const listening = await port;
  const results = { latencies: [], errors: 0, different: 0 };
  const started = Date.now();
  const deadline = started + options.seconds * 1000;
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i, listening, deadline, expected, results)));
  const elapsed = (Date.now() - started) / 1000;
  // /usr/bin/time passes no signal on: stop rerate itself, its child.
  process.kill(Number(execFileSync('pgrep', ['-P', String(server.pid)], { encoding: 'utf8' }).trim()), 'SIGTERM');
  const end = await stopped;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(end.err);
  const sorted = results.latencies.sort((a, b) => a - b);
  console.log(`rerate serve load test: ${options.clients} clients, ${options.seconds} s, ${MIX.length} kinds of request (whatif and target)`);
  console.log(`requests      ${sorted.length} (${(sorted.length / elapsed).toFixed(0)}/s)`);
  console.log(`latency       p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`);
  console.log(`errors        ${results.errors}`);
  console.log(`different     ${results.different} (answers not byte-identical to the CLI's --format json)`);
  console.log(`server        exit ${end.code} after SIGTERM; peak memory ${rss ? (Number(rss[1]) / 1024).toFixed(0) : '?'} MB`);
  process.exit(results.errors === 0 && results.different === 0 && end.code === 0 ? 0 : 1);
}

main().catch((error) => { console.error(error); process.exit(1); });
