// The /shl page: opens a SMART Health Link in the browser. The link (with its key) comes from the URL's fragment,
// which the browser never sends to a server, or from text pasted into the page; the manifest is fetched, the files are
// decrypted and the cards verified here (shl-link.mjs), and shown as "check a card" shows them. Every word comes from
// the page (data-words, from the server's message bundles); everything read from a link is shown as text, never as
// markup. HL7 SMART Health Cards and Links IG 1.0.0, "Health Links Specification",
// https://hl7.org/fhir/uv/smart-health-cards-and-links/links-specification.html
import {
  LinkProblem, decryptFile, parseLink, readBundle, signatureHoldsFor, verifyCard,
} from './shl-link.mjs';

const root = document.getElementById('shl-viewer');
const words = JSON.parse(root.dataset.words);
const text = words.text;
const issuer = root.dataset.issuer;
const zone = root.dataset.zone;
const language = document.documentElement.lang || 'en';
const element = (id) => document.getElementById(id);

const CVX = 'http://hl7.org/fhir/sid/cvx';
const SNOMED = 'http://snomed.info/sct';
const SHC = 'application/smart-health-card';
const FHIR = 'application/fhir+json';
// Files up to 16 KiB may come inline in the manifest, larger ones from their location (kill-the-clipboard's default
// for embedding, https://github.com/vintasoftware/kill-the-clipboard).
const EMBEDDED_LENGTH_MAX = 16384;
// Text read from a link or a card is shown, but not at any length (as on "check a card").
const MAX_SHOWN_CHARS = 200;

/** The link being opened, and who is viewing it: kept in this page only. */
let link = null;
let keys = null;

function start() {
  element('shl-paste').addEventListener('submit', (event) => {
    event.preventDefault();
    read(element('shl-text').value);
  });
  element('shl-open').addEventListener('submit', (event) => {
    event.preventDefault();
    open();
  });
  window.addEventListener('hashchange', fromFragment);
  fromFragment();
}

function fromFragment() {
  if (location.hash.startsWith('#shlink:/')) {
    read(location.hash.substring(1));
  }
}

/** Reads a link and asks who is viewing (and the passcode, for a P link); refuses a malformed one. */
function read(value) {
  reset();
  try {
    link = parseLink(value);
  } catch (error) {
    problem(error);
    return;
  }
  if (!ours(link.url)) {
    problem(new LinkProblem('other-host'), { host: hostOf(link.url) });
    link = null;
    return;
  }
  describe(link);
  element('shl-passcode-group').hidden = !link.flag.includes('P');
  element('shl-link').hidden = false;
  element('shl-open').hidden = false;
  element('shl-link-heading').setAttribute('tabindex', '-1');
  element('shl-link-heading').focus();
}

function describe(shared) {
  const facts = element('shl-link-facts');
  if (shared.label !== '') {
    facts.append(fact(text.label, shared.label));
  }
  if (shared.exp === null) {
    facts.append(fact(text.expiry, text.no_expiry));
  } else if (shared.exp * 1000 < Date.now()) {
    const expired = element('shl-link-expired');
    expired.textContent = fill(text.expired, { date: instant(shared.exp) });
    expired.hidden = false;
  } else {
    facts.append(fact(text.expiry, instant(shared.exp)));
  }
}

/** Fetches the link's files, decrypts them and shows what they hold. */
async function open() {
  const recipient = element('shl-recipient').value.trim();
  const passcode = element('shl-passcode').value;
  const needsPasscode = link.flag.includes('P');
  fieldProblem('recipient', recipient === '' ? text.recipient_missing : '');
  fieldProblem('passcode', needsPasscode && passcode === '' ? text.passcode_missing : '');
  if (recipient === '' || (needsPasscode && passcode === '')) {
    element(recipient === '' ? 'shl-recipient' : 'shl-passcode').focus();
    return;
  }
  hideProblem();
  element('shl-results').replaceChildren();
  element('shl-open-button').disabled = true;
  status(text.status_opening);
  try {
    const files = link.flag.includes('U') ? [{ contentType: SHC, location: direct(link.url, recipient) }]
      : await manifest(recipient, needsPasscode ? passcode : undefined);
    show(await readFiles(files));
    element('shl-open').hidden = true;
    status(text.status_done);
  } catch (error) {
    status('');
    if (error.code === 'passcode') {
      element('shl-passcode').value = '';
      const message = error.remaining === 1 ? text.error_passcode_one
        : fill(text.error_passcode_many, { remaining: String(error.remaining ?? 0) });
      fieldProblem('passcode', message);
      problem(error, {}, message);
      element('shl-passcode').focus();
    } else {
      problem(error, { status: String(error.status ?? '') });
    }
  } finally {
    element('shl-open-button').disabled = false;
  }
}

/** POSTs the manifest request ("SMART Health Link Manifest Request"): 401 tells the attempts left, 404 a dead link. */
async function manifest(recipient, passcode) {
  const body = { recipient, embeddedLengthMax: EMBEDDED_LENGTH_MAX };
  if (passcode !== undefined) {
    body.passcode = passcode;
  }
  const response = await request(link.url, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body) });
  if (response.status === 401) {
    const answer = await response.json().catch(() => ({}));
    throw Object.assign(new LinkProblem('passcode'), {
      remaining: Number.isInteger(answer.remainingAttempts) ? answer.remainingAttempts : 0 });
  }
  const answer = await expectOk(response).json().catch(() => null);
  if (!Array.isArray(answer?.files)) {
    throw new LinkProblem('file');
  }
  return answer.files;
}

/** Every file decrypted: a list of cards (with their verdicts), FHIR bundles and files this page does not show. */
async function readFiles(files) {
  const items = [];
  for (const file of files) {
    const jwe = typeof file?.embedded === 'string' ? file.embedded
      : typeof file?.location === 'string' && ours(file.location) ? await expectOk(await request(file.location)).text()
        : null;
    if (jwe === null) {
      throw new LinkProblem('file');
    }
    const decrypted = await decryptFile(jwe, link.key);
    const type = typeof file.contentType === 'string' ? file.contentType : decrypted.contentType;
    items.push(...await itemsOf(type, decrypted.text));
  }
  return items;
}

async function itemsOf(type, plain) {
  const content = parsed(plain);
  if (type === SHC) {
    const cards = Array.isArray(content.verifiableCredential) ? content.verifiableCredential : [];
    const items = [];
    for (const jws of cards) {
      items.push({ kind: 'card', ...await verifyCard(jws, { issuer, keys: issuerKeys, crl: revocations }) });
    }
    return items;
  }
  if (type === FHIR && content.resourceType === 'Bundle') {
    return [{ kind: 'bundle', facts: readBundle(content) }];
  }
  return [{ kind: 'other', type: shown(String(type)) }];
}

function parsed(plain) {
  try {
    return JSON.parse(plain) ?? {};
  } catch {
    throw new LinkProblem('file');
  }
}

/** Our JWKS, fetched once from this origin (SMART Health Cards, "Determining keys associated with an issuer"). */
async function issuerKeys() {
  keys ??= request(issuerPath() + '/.well-known/jwks.json').then((response) => expectOk(response).json())
    .catch(() => {
      keys = null;
      throw new LinkProblem('keys');
    });
  return keys;
}

/** A key's revocation list, always fetched afresh (SMART Health Cards, "Revocation"). */
async function revocations(kid) {
  try {
    return await expectOk(await request(`${issuerPath()}/.well-known/crl/${encodeURIComponent(kid)}.json`)).json();
  } catch {
    throw new LinkProblem('keys');
  }
}

function show(items) {
  const results = element('shl-results');
  if (items.length === 0) {
    results.append(paragraph(text.no_files));
    return;
  }
  const cards = items.filter((item) => item.kind === 'card').length;
  let number = 0;
  items.forEach((item, index) => {
    if (item.kind === 'card') {
      number += 1;
      results.append(card(item, number, cards, `shl-item-${index}`));
    } else if (item.kind === 'bundle') {
      results.append(unsigned(item.facts, `shl-item-${index}`));
    } else {
      results.append(paragraph(fill(text.other_file, { type: item.type })));
    }
  });
}

/** One card, as "check a card" shows it: its verdict, the facts behind it, and what it says. */
function card(item, number, count, id) {
  const verdict = item.verdict;
  const status = verdict === 'VALID' ? 'valid' : verdict === 'OTHER_ISSUER' ? 'foreign' : 'invalid';
  let heading = verdict === 'VALID' ? text.heading_valid
    : verdict === 'OTHER_ISSUER' ? text.heading_foreign : text.heading_invalid;
  if (count > 1) {
    heading = `${fill(text.card_of, { number: String(number), count: String(count) })}: ${heading}`;
  }
  const claims = item.claims;
  const section = result(id, heading, status, fill(text[`summary_${verdict}`], {
    iss: shown(item.iss), date: typeof claims?.exp === 'number' ? instant(claims.exp) : text.not_in_card }));
  section.append(cardFacts(item));
  const verified = signatureHoldsFor(verdict);
  section.append(subheading(verified ? text.contents_verified : text.contents_unverified));
  const bundle = claims?.vc?.credentialSubject?.fhirBundle;
  if (bundle && Array.isArray(bundle.entry)) {
    section.append(...contents(readBundle(bundle)));
  } else {
    section.append(paragraph(text.contents_unreadable));
  }
  return section;
}

function cardFacts(item) {
  const { verdict, claims } = item;
  const verified = signatureHoldsFor(verdict);
  const list = document.createElement('dl');
  list.className = 'summary-list check-facts';
  list.append(fact(text.fact_issuer, verdict === 'OTHER_ISSUER' ? fill(text.issuer_other, { iss: shown(item.iss) })
    : fill(text.issuer_ours, { iss: issuer })));
  list.append(fact(text.fact_signature, verified ? text.signature_valid
    : { SIGNATURE_INVALID: text.signature_invalid, UNKNOWN_KEY: text.signature_unknown_key,
      MALFORMED: text.signature_malformed }[verdict] ?? text.not_checked));
  list.append(fact(text.fact_revocation, verdict === 'VALID' ? text.revocation_no
    : verdict === 'REVOKED' ? text.revocation_yes : text.not_checked));
  if (claims) {
    const asSaid = (value) => (verified ? value : fill(text.as_the_card_says, { value }));
    const exp = typeof claims.exp === 'number' ? claims.exp : null;
    const expiry = exp === null ? text.expiry_none
      : fill(exp * 1000 < Date.now() ? text.expired_on : text.expiry_on, { date: instant(exp) });
    list.append(fact(text.fact_expiry, asSaid(expiry)));
    if (typeof claims.nbf === 'number') {
      list.append(fact(text.fact_issued, asSaid(instant(claims.nbf))));
    }
  }
  return list;
}

/** A FHIR bundle from the link's host: shown, but marked as not signed. */
function unsigned(facts, id) {
  const section = result(id, text.unsigned_heading, 'foreign', fill(text.unsigned_summary, { host: hostOf(link.url) }));
  section.append(subheading(text.contents_unverified));
  section.append(...contents(facts));
  return section;
}

function result(id, heading, status, summary) {
  const section = document.createElement('section');
  section.className = `check-result check-${status}`;
  section.setAttribute('aria-labelledby', id);
  const title = document.createElement('h3');
  title.id = id;
  title.textContent = heading;
  const lead = paragraph(summary);
  lead.className = 'check-summary';
  section.append(title, lead);
  return section;
}

/** The person, then a table of doses and one of lab results (the check page's layout). */
function contents(facts) {
  const person = document.createElement('dl');
  person.className = 'person-facts';
  person.append(fact(text.label_name, orNotInCard(facts.name)), fact(text.label_birth_date, fhirDate(facts.birthDate)));
  const parts = [person];
  if (facts.doses.length > 0) {
    parts.push(table(text.vaccines_heading, [text.col_vaccine, text.col_date, text.col_lot, text.col_performer],
      facts.doses.map((dose) => [vaccine(dose), fhirDate(dose.date), orNotInCard(dose.lot), orNotInCard(dose.performer)])));
  }
  if (facts.labs.length > 0) {
    parts.push(table(text.labs_heading, [text.col_test, text.col_result, text.col_date, text.col_lab],
      facts.labs.map((lab) => [words.tests[lab.code] ?? fill(text.test_unknown, { code: shown(lab.code) }),
        labResult(lab), fhirDate(lab.date), orNotInCard(lab.performer)])));
  }
  if (facts.doses.length === 0 && facts.labs.length === 0) {
    parts.push(paragraph(text.contents_empty));
  }
  return parts;
}

function vaccine(dose) {
  if (dose.code === '') {
    return text.not_in_card;
  }
  if (dose.system === CVX) {
    // HL7 v2 pads CVX codes ("03"); the table does not ("3").
    const code = dose.code.trim().replace(/^0+(?=.)/, '');
    return words.vaccines[code] ?? fill(text.vaccine_unknown, { code: shown(dose.code) });
  }
  return fill(text.code_other, { code: shown(dose.code), system: shown(dose.system) });
}

function labResult(lab) {
  const result = lab.resultCode === '' ? orNotInCard(lab.resultText)
    : (lab.resultSystem === SNOMED ? words.results[lab.resultCode.trim()] : undefined)
      ?? fill(text.result_unknown, { code: shown(lab.resultCode) });
  return lab.status !== '' && lab.status !== 'final' ? fill(text.result_corrected, { result }) : result;
}

function table(caption, columns, rows) {
  // On a phone each row is stacked, each cell under its column's name (data-label, main.css); the region around it
  // still takes the keyboard focus and is named for a wider table that scrolls sideways (WCAG 2.1.1).
  const scroll = document.createElement('div');
  scroll.className = 'table-scroll';
  scroll.tabIndex = 0;
  scroll.setAttribute('role', 'region');
  scroll.setAttribute('aria-label', caption);
  const grid = document.createElement('table');
  grid.className = 'data-table check-table';
  grid.createCaption().textContent = caption;
  const head = grid.createTHead().insertRow();
  for (const column of columns) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = column;
    head.append(cell);
  }
  const body = grid.createTBody();
  for (const values of rows) {
    const row = body.insertRow();
    values.forEach((value, index) => {
      const cell = document.createElement(index === 0 ? 'th' : 'td');
      if (index === 0) {
        cell.scope = 'row';
      }
      cell.dataset.label = columns[index];
      cell.textContent = value;
      row.append(cell);
    });
  }
  scroll.append(grid);
  return scroll;
}

function fact(label, value) {
  const row = document.createElement('div');
  const term = document.createElement('dt');
  term.textContent = label;
  const description = document.createElement('dd');
  description.textContent = value;
  row.append(term, description);
  return row;
}

function paragraph(value) {
  const p = document.createElement('p');
  p.textContent = value;
  return p;
}

function subheading(value) {
  const heading = document.createElement('h4');
  heading.textContent = value;
  return heading;
}

/** Only this registry's links are opened: the page may fetch from its own origin only (connect-src 'self'). */
function ours(url) {
  return url.startsWith(issuer + '/');
}

/**
 * A URL of ours (or a path), fetched from this page's own origin: the same portal, wherever the browser reached it.
 * Without cookies: the link's endpoints need none, and a signed-in resident's session has no business there.
 */
async function request(url, options = {}) {
  const target = url.startsWith(issuer + '/') ? new URL(url) : null;
  const path = target ? target.pathname + target.search : url;
  try {
    return await fetch(new URL(path, location.origin), { ...options, credentials: 'omit', cache: 'no-store' });
  } catch {
    throw new LinkProblem('network');
  }
}

function issuerPath() {
  return new URL(issuer).pathname.replace(/\/$/, '');
}

function expectOk(response) {
  if (response.status === 404) {
    throw new LinkProblem('gone');
  }
  if (response.status === 429) {
    throw new LinkProblem('too-many');
  }
  if (!response.ok) {
    throw Object.assign(new LinkProblem('refused'), { status: response.status });
  }
  return response;
}

/** A U link's file: a GET on its URL with the recipient ("Direct File Request (with U Flag)"). */
function direct(url, recipient) {
  const file = new URL(url);
  file.searchParams.set('recipient', recipient);
  return file.toString();
}

function hostOf(url) {
  try {
    return shown(new URL(url).host);
  } catch {
    return '';
  }
}

function problem(error, values = {}, message = undefined) {
  const code = error instanceof LinkProblem ? error.code : 'file';
  const box = element('shl-problem');
  element('shl-problem-text').textContent = message ?? fill(text[`error_${code}`] ?? text.error_file, values);
  box.hidden = false;
}

function hideProblem() {
  element('shl-problem').hidden = true;
}

function fieldProblem(field, message) {
  const error = element(`shl-${field}-error`);
  const input = element(`shl-${field}`);
  error.textContent = message === '' ? '' : `${text.error_prefix} ${message}`;
  error.hidden = message === '';
  element(`shl-${field}-group`).classList.toggle('form-group-error', message !== '');
  input.setAttribute('aria-describedby', message === '' ? `shl-${field}-hint` : `shl-${field}-hint shl-${field}-error`);
  if (message === '') {
    input.removeAttribute('aria-invalid');
  } else {
    input.setAttribute('aria-invalid', 'true');
  }
}

function reset() {
  link = null;
  hideProblem();
  status('');
  element('shl-link').hidden = true;
  element('shl-link-facts').replaceChildren();
  element('shl-link-expired').hidden = true;
  element('shl-results').replaceChildren();
  element('shl-passcode').value = '';
  fieldProblem('recipient', '');
  fieldProblem('passcode', '');
}

function status(message) {
  element('shl-status').textContent = message;
}

/** A message's {name} placeholders filled in. */
function fill(template, values) {
  return String(template).replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
}

/** A NumericDate (RFC 7519 §2) as a date in the registry's time zone. */
function instant(seconds) {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: zone }).format(new Date(seconds * 1000));
}

/** A FHIR date or dateTime written out; a partial date (a year, a month) as the card has it. */
function fhirDate(value) {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
  return value === '' ? text.not_in_card : shown(value);
}

function orNotInCard(value) {
  return value.trim() === '' ? text.not_in_card : shown(value.trim());
}

function shown(value) {
  return value.length <= MAX_SHOWN_CHARS ? value : `${value.substring(0, MAX_SHOWN_CHARS)}…`;
}

start();
