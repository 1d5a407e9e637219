#!/usr/bin/env node
// A loopback stand-in for a generator model, for bench/generate.sh. It speaks the OpenAI-compatible
// chat completions API (POST /v1/chat/completions or /chat/completions) and answers a BenchmarkHub
// generation prompt ("Write <n> ...", "Concept: ...", "Difficulty: ...", "request <k>") with
// {"cases": [...]} holding <n> plausible, distinct support questions with their expected answers.
//
//   node generation-stub.js [--port 8090] [--latency-ms 0] [--jitter-ms 0] [--dup-rate 0.1]
//                           [--invalid-rate 0.02] [--malformed-rate 0] [--fault-rate 0] [--seed 1]
//
// Everything is a pure function of the prompt (and --seed), so the same request gets the same answer:
// - about --dup-rate of the cases are near duplicates of another case (an earlier one of the same
//   answer, or the same position of the cell's previous request) with a word or two added, which a
//   0.8 Jaccard threshold on word 3-shingles catches;
// - about --invalid-rate of the cases lack their expected answer;
// - about --malformed-rate of the answers are prose instead of JSON;
// - about --fault-rate of the requests fail at the HTTP level (500, 503, 429 with Retry-After: 1).
// Each answer waits latency +/- jitter ms (uniform). Usage counts ~4 characters a token.
// GET /stats returns counters as JSON. It binds to 127.0.0.1 only.
'use strict';
const http = require('http');

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const port = Number(args.port || 8090);
const latency = Number(args['latency-ms'] || 0);
const jitter = Number(args['jitter-ms'] || 0);
const dupRate = Number(args['dup-rate'] ?? 0.1);
const invalidRate = Number(args['invalid-rate'] ?? 0.02);
const malformedRate = Number(args['malformed-rate'] || 0);
const faultRate = Number(args['fault-rate'] || 0);
const baseSeed = Number(args.seed || 1);
const stats = { requests: 0, ok: 0, faults: 0, malformed: 0, cases: 0, nearDuplicates: 0, invalid: 0, inflight: 0, maxInflight: 0 };

function hash(text) { // FNV-1a, 32 bits
  let h = 0x811c9dc5 ^ baseSeed;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
function rng(seed) { // mulberry32
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, list) => list[Math.floor(r() * list.length)];

const NAMES = ['Ana', 'Bilal', 'Chen', 'Dara', 'Elif', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Luca',
  'Maya', 'Nikos', 'Olga', 'Priya', 'Quentin', 'Rosa', 'Sami', 'Tomas', 'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zofia'];
const PRODUCTS = ['oak side table', 'linen duvet cover', 'cast-iron skillet', 'bamboo bath mat', 'ceramic table lamp',
  'wool throw blanket', 'velvet armchair', 'memory-foam pillow', 'glass storage jar set', 'walnut bookshelf',
  'stoneware dinner set', 'rattan laundry basket', 'copper kettle', 'blackout curtain pair', 'standing desk frame',
  'cotton towel bundle', 'marble serving board', 'steel knife block', 'jute area rug', 'pine bunk bed',
  'enamel dutch oven', 'silk pillowcase', 'outdoor bistro set', 'wall-mounted mirror', 'electric blanket',
  'folding step stool', 'herb planter box', 'porcelain teapot', 'leather desk pad', 'modular sofa module'];
const CONDITIONS = ['the box was opened but the item is unused', 'one leg arrived scratched', 'it was a gift from a friend',
  'the colour differs from the photo', 'it was bought in the Black Friday sale', 'the receipt is lost',
  'the courier left it in the rain', 'a part is missing from the flat pack', 'it was assembled once',
  'it was delivered to a neighbour', 'the order was split into two parcels', 'it was paid with a gift card',
  'the warranty card was never posted', 'it came with the wrong screws', 'the seal on the packaging is broken',
  'it was marked Final Sale', 'the buyer moved house since', 'it was ordered through the mobile app'];
const ACTIONS = ['returned for a full refund', 'exchanged for another size', 'repaired under warranty',
  'collected from the home address', 'refunded to the original card', 'swapped for store credit',
  'replaced free of charge', 'sent back with a prepaid label'];
const CHANNELS = ['in the chat', 'by email', 'over the phone', 'in a store', 'through the contact form', 'on social media'];
const TEMPLATES = [
  s => `${s.name} bought a ${s.product} ${s.days} days ago and ${s.condition}. Can it be ${s.action} under the ${s.concept} rules?`,
  s => `Asked ${s.channel}, ${s.name} wants to know whether a ${s.product} ordered ${s.days} days ago can be ${s.action}, given that ${s.condition}.`,
  s => `A ${s.product} priced at ${s.price} euros reached ${s.name} ${s.days} days late and ${s.condition}; what ${s.concept} outcome applies?`,
  s => `What should the agent tell ${s.name}, who writes ${s.channel} that ${s.condition} on a ${s.product} from order ${s.order}?`,
  s => `${s.name} paid ${s.price} euros for a ${s.product}; ${s.condition}. Under ${s.concept}, is it ${s.action} after ${s.days} days?`,
  s => `Order ${s.order} holds a ${s.product} and ${s.condition}. ${s.name} asks ${s.channel} if it can be ${s.action}.`,
];
const EDGE_KINDS = ['boundary', 'ambiguous', 'adversarial', 'negation'];
const EDGE_TWISTS = {
  boundary: s => `exactly on day ${s.limit}, the last day of the window`,
  ambiguous: s => `but ${s.name} does not say which of the two ${s.product}s in the order is meant`,
  adversarial: s => `and ${s.name} insists a previous agent already promised a refund`,
  negation: s => `and ${s.name} asks what happens if the item is not returned at all`,
};

/** The base case at (cell, kind, request index, position): a pure function of these. */
function baseCase(cell, edge, index, pos) {
  const r = rng(hash(`${cell.concept}|${cell.difficulty}|${edge}|${index}|${pos}`));
  const s = {
    name: pick(r, NAMES), product: pick(r, PRODUCTS), condition: pick(r, CONDITIONS), action: pick(r, ACTIONS),
    channel: pick(r, CHANNELS), concept: cell.concept, days: 1 + Math.floor(r() * 89), price: 9 + Math.floor(r() * 990),
    order: 'HG-' + (100000 + Math.floor(r() * 899999)), limit: pick(r, [14, 30, 60, 90]),
  };
  let input = pick(r, TEMPLATES)(s);
  const c = { input, expected: '' };
  if (edge) {
    const kind = pick(r, EDGE_KINDS);
    c.input = input.replace(/[.?]$/, '') + ', ' + EDGE_TWISTS[kind](s) + '?';
    c.edgeKind = kind;
  }
  const within = s.days <= (cell.difficulty === 'easy' ? 30 : 14);
  c.expected = within ? `Yes: within the window the ${s.product} can be ${s.action}`
    : `No: the window has passed; offer ${pick(r, ['a repair', 'store credit', 'a human agent'])}`;
  return c;
}

const NUDGES = ['Thanks!', 'Please help.', 'Quick question.', 'Urgent, please.', 'Kind regards.'];

function answerFor(prompt) {
  const n = Number((/Write (\d+) /.exec(prompt) || [])[1] || 10);
  const cell = { concept: ((/Concept: (.+)/.exec(prompt) || [])[1] || 'general').trim(),
    difficulty: ((/Difficulty: (\w+)/.exec(prompt) || [])[1] || 'medium').trim() };
  const edge = /edge request \d+/.test(prompt);
  const index = Number((/request (\d+) for/.exec(prompt) || [])[1] || 1);
  const r = rng(hash(prompt));
  if (r() < malformedRate) {
    stats.malformed++;
    return `Here are ${n} test cases about ${cell.concept}:\n1. A customer asks about a ${pick(r, PRODUCTS)}...`;
  }
  const cases = [];
  for (let i = 0; i < n; i++) {
    let c;
    if (r() < dupRate && (i > 0 || index > 1)) {
      const src = i > 0 ? baseCase(cell, edge, index, Math.floor(r() * i)) : baseCase(cell, edge, index - 1, i);
      c = Object.assign({}, src, { input: src.input + ' ' + pick(r, NUDGES) });
      stats.nearDuplicates++;
    } else {
      c = baseCase(cell, edge, index, i);
    }
    if (r() < invalidRate) { delete c.expected; stats.invalid++; }
    cases.push(c);
  }
  stats.cases += n;
  return JSON.stringify({ cases });
}

function lastUserText(body) {
  const msgs = body.messages || [];
  for (let i = msgs.length - 1; i >= 0; i--) {
    const c = msgs[i].content;
    if (typeof c === 'string') return c;
    if (Array.isArray(c)) return c.map(p => p.text || '').join('');
  }
  return '';
}

function send(res, status, obj, headers = {}) {
  res.writeHead(status, Object.assign({ 'content-type': 'application/json' }, headers));
  res.end(typeof obj === 'string' ? obj : JSON.stringify(obj));
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/stats') return send(res, 200, stats);
  let raw = '';
  req.on('data', c => { raw += c; });
  req.on('end', () => {
    stats.requests++; stats.inflight++; stats.maxInflight = Math.max(stats.maxInflight, stats.inflight);
    let body;
    try { body = JSON.parse(raw || '{}'); } catch (e) { stats.inflight--; return send(res, 400, { error: { message: 'bad json' } }); }
    const prompt = lastUserText(body);
    const r = rng(hash('fault|' + stats.requests + '|' + prompt));
    const wait = Math.max(0, latency + (jitter ? Math.round((r() * 2 - 1) * jitter) : 0));
    setTimeout(() => {
      stats.inflight--;
      if (faultRate > 0 && r() < faultRate) {
        stats.faults++;
        const kind = Math.floor(r() * 3);
        if (kind === 0) return send(res, 500, { error: { message: 'stub internal error', type: 'server_error' } });
        if (kind === 1) return send(res, 503, { error: { message: 'stub overloaded', type: 'server_error' } });
        return send(res, 429, { error: { message: 'Rate limit reached', type: 'rate_limit_error' } }, { 'retry-after': '1' });
      }
      const text = answerFor(prompt);
      stats.ok++;
      send(res, 200, {
        id: 'chatcmpl-gen-' + stats.requests, object: 'chat.completion', created: 1764500000, model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
        usage: { prompt_tokens: Math.ceil(prompt.length / 4), completion_tokens: Math.ceil(text.length / 4),
          total_tokens: Math.ceil(prompt.length / 4) + Math.ceil(text.length / 4) },
      });
    }, wait);
  });
});
server.keepAliveTimeout = 60000;
server.listen(port, '127.0.0.1', () => process.stdout.write(`generation-stub listening on 127.0.0.1:${port}\n`));
