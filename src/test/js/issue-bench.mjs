// Benchmarks kill-the-clipboard's issuer on the spec's 3-dose COVID bundle (example 00), the reference our own
// issuer is measured against. Usage: node issue-bench.mjs [cards-per-mode, default 500]
// Prints one JSON line: per-card milliseconds and cards per second of (1) the JWS alone, (2) the JWS and its
// numeric QR text(s), (3) the JWS and its QR PNG image(s), as the library renders them (qrcode, data URL).
import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHCIssuer, SHCReader } from 'kill-the-clipboard';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BUNDLE = path.resolve(HERE, '../resources/shc-examples/example-00-a-fhirBundle.json');
const WARM_UP = 100;

const MODES = {
  jws: async issuer => (await issuer.issue(bundle())).asJWS(),
  text: async issuer => (await issuer.issue(bundle())).asQRNumeric(),
  png: async issuer => (await issuer.issue(bundle())).asQR(),
};

const fhirBundle = JSON.parse(readFileSync(BUNDLE, 'utf8'));

/** A fresh copy each time, as a server would issue from a bundle it has just built. */
function bundle() {
  return structuredClone(fhirBundle);
}

async function main(count) {
  const issuer = await newIssuer();
  await assertVerifies(issuer);
  const result = { tool: 'kill-the-clipboard', cards: count };
  for (const [mode, issue] of Object.entries(MODES)) {
    await run(issuer, issue, WARM_UP);
    const ms = (await run(issuer, issue, count)) / count;
    result[`${mode}Ms`] = round(ms, 3);
    result[`${mode}PerSecond`] = round(1000 / ms, 1);
  }
  console.log(JSON.stringify(result));
}

/** An issuer with a key pair made for this run only: no private key is ever written anywhere. */
async function newIssuer() {
  const keys = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const config = { issuer: 'https://bench.example.org', privateKey: keys.privateKey, publicKey: keys.publicKey };
  return { issuer: new SHCIssuer(config), publicKey: keys.publicKey };
}

/** What is measured is a card the library's own reader accepts. */
async function assertVerifies({ issuer, publicKey }) {
  const card = await issuer.issue(bundle());
  await new SHCReader({ publicKey }).fromQRNumeric(card.asQRNumeric());
}

async function run({ issuer }, issue, count) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    await issue(issuer);
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function round(value, decimals) {
  return Number(value.toFixed(decimals));
}

const count = Number(process.argv[2] ?? 500);
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: node issue-bench.mjs [cards-per-mode]');
  process.exit(2);
}
await main(count);
