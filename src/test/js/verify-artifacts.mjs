// Verifies every card a test run wrote, with kill-the-clipboard: an SHC implementation we did not write.
// Usage: node verify-artifacts.mjs <artifacts-dir>
//
// A case is a folder under <artifacts-dir> holding card.smart-health-card, card.jws and/or qr-N.txt
// (as the Java tests write them under target/shc-artifacts/). Each form present must verify against the nearest
// jwks.json up the tree (its crl/<kid>.json next to it, if any), and all forms must carry the same FHIR bundle.
// Prints "OK <case>" or "FAIL <case>: <reason>" per case, then "N passed, M failed".
// Exits 1 if a case failed or if there was no case at all.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Directory, JWSProcessor, QRCodeGenerator, SHCReader } from 'kill-the-clipboard';

const FILE = 'card.smart-health-card';
const JWS = 'card.jws';
const QR_TEXT = /^qr-(\d+)\.txt$/;

// Fully offline: the keys come from the artifacts. The reader only fetches <iss>/.well-known/jwks.json when
// a card's kid is not among them, and that must fail, not reach the network.
globalThis.fetch = async url => {
  throw new Error(`offline, refused to fetch ${url}`);
};

async function main(root) {
  if (!root) {
    console.error('usage: node verify-artifacts.mjs <artifacts-dir>');
    return 2;
  }
  const base = path.resolve(root);
  let passed = 0;
  let failed = 0;
  for (const dir of await caseDirs(base)) {
    const name = path.relative(base, dir) || '.';
    const failure = await verifyCase(dir, base);
    console.log(failure ? `FAIL ${name}: ${failure}` : `OK ${name}`);
    failure ? failed++ : passed++;
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

async function caseDirs(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const found = entries.some(e => e.isFile() && isCardFile(e.name)) ? [dir] : [];
  for (const entry of entries.filter(e => e.isDirectory()).sort(byName)) {
    found.push(...(await caseDirs(path.join(dir, entry.name))));
  }
  return found;
}

function isCardFile(name) {
  return name === FILE || name === JWS || QR_TEXT.test(name);
}

function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The reason the case fails, or null if every form verifies and all carry the same bundle. */
async function verifyCase(dir, root) {
  try {
    const forms = await readForms(dir);
    const reader = new SHCReader({
      issuerDirectory: await trustedDirectory(dir, root, await issuers(forms)),
      // Our cards never carry exp; a card that has expired is a failure, as the library has it by default.
      verifyExpiration: true,
    });
    const bundles = [];
    for (const form of forms) {
      bundles.push({ form: form.name, bundle: await verifiedBundle(reader, form) });
    }
    return sameBundle(bundles);
  } catch (error) {
    return reason(error);
  }
}

/** The card's forms present in the folder: the file, the JWS, and the QR texts in chunk order. */
async function readForms(dir) {
  const names = await readdir(dir);
  const forms = [];
  for (const name of [FILE, JWS].filter(n => names.includes(n))) {
    forms.push({ name, text: await readText(dir, name) });
  }
  const qrNames = names.filter(n => QR_TEXT.test(n)).sort((a, b) => qrIndex(a) - qrIndex(b));
  if (qrNames.length > 0) {
    forms.push({ name: qrNames.join('+'), texts: await Promise.all(qrNames.map(n => readText(dir, n))) });
  }
  return forms;
}

function qrIndex(name) {
  return Number(QR_TEXT.exec(name)[1]);
}

function readText(dir, name) {
  return readFile(path.join(dir, name), 'utf8');
}

async function verifiedBundle(reader, form) {
  try {
    assertNoSurroundingWhitespace(form);
    return (await readCard(reader, form)).getOriginalBundle();
  } catch (error) {
    throw new Error(`${form.name}: ${reason(error)}`);
  }
}

/** The library ignores it in some forms; the official validator reports a trailing newline as an error. */
function assertNoSurroundingWhitespace(form) {
  if ((form.texts ?? [form.text]).some(text => text.trim() !== text)) {
    throw new Error('leading or trailing whitespace');
  }
}

function readCard(reader, form) {
  if (form.texts) {
    return reader.fromQRNumeric(form.texts);
  }
  return form.name === FILE ? reader.fromFileContent(form.text) : reader.fromJWS(form.text);
}

function sameBundle(bundles) {
  const [first, ...others] = bundles;
  const other = others.find(b => !isDeepStrictEqual(b.bundle, first.bundle));
  return other ? `${other.form} carries another FHIR bundle than ${first.form}` : null;
}

function reason(error) {
  return error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
}

/** The iss each form claims, read before verification, to file the trusted keys under. */
async function issuers(forms) {
  const claimed = new Set();
  for (const form of forms) {
    try {
      const { payload } = await new JWSProcessor().parseUnverified(await unverifiedJws(form));
      claimed.add(payload.iss);
    } catch {
      // Unreadable: verifying that form fails with the reader's own message.
    }
  }
  return [...claimed];
}

function unverifiedJws(form) {
  if (form.name === FILE) {
    return JSON.parse(form.text).verifiableCredential[0];
  }
  return form.texts ? new QRCodeGenerator().decodeQR(form.texts) : form.text;
}

/**
 * The keys the test run's issuer published, trusted for whatever iss the card names (the artifacts carry
 * no issuer URL to pin it to), with its revocation lists so that a revoked card fails.
 */
async function trustedDirectory(dir, root, issuerUrls) {
  const jwksPath = await nearestJwks(dir, root);
  const keys = JSON.parse(await readFile(jwksPath, 'utf8')).keys;
  const crls = await revocationLists(path.join(path.dirname(jwksPath), 'crl'), keys);
  return Directory.fromJSON({ issuerInfo: issuerUrls.map(iss => ({ issuer: { iss }, keys, crls })) });
}

async function nearestJwks(dir, root) {
  for (let at = dir; ; at = path.dirname(at)) {
    const names = await readdir(at);
    if (names.includes('jwks.json')) {
      return path.join(at, 'jwks.json');
    }
    if (at === root || at === path.dirname(at)) {
      throw new Error(`no jwks.json in ${path.relative(root, dir) || '.'} or above it`);
    }
  }
}

async function revocationLists(crlDir, keys) {
  const crls = [];
  for (const { kid } of keys) {
    try {
      crls.push(JSON.parse(await readFile(path.join(crlDir, `${kid}.json`), 'utf8')));
    } catch (error) {
      if (error.code !== 'ENOENT') {
        throw new Error(`crl/${kid}.json: ${error.message}`);
      }
    }
  }
  return crls;
}

process.exitCode = await main(process.argv[2]);
