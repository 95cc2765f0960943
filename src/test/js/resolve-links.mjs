// Resolves SMART Health Links as a receiving application we did not write would: kill-the-clipboard's SHLViewer
// fetches the manifest, fetches or reads each file, decrypts it with the link's key, and its SHCReader verifies
// every card against the issuer's published keys and revocation lists.
// Usage: node resolve-links.mjs --issuer <iss> [--embedded-length-max N] [--passcode P] <link> [[--passcode P] <link> ...]
//   <link> is a shlink:/… URI or a viewer URL ending in #shlink:/…; --passcode applies to the link after it only.
// Prints "OK <label>: <n> cards, <m> FHIR resources (<e> embedded, <l> by location)" or "FAIL <label>: <reason>" per
// link, then "N passed, M failed". Exits 1 if a link failed or none was given.
import { Directory, SHLViewer } from 'kill-the-clipboard';

const RECIPIENT = 'kill-the-clipboard resolve-links.mjs';

function parseArgs(args) {
  const options = { issuer: null, embeddedLengthMax: undefined, links: [] };
  let passcode;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--issuer') {
      options.issuer = args[++i];
    } else if (arg === '--embedded-length-max') {
      options.embeddedLengthMax = Number(args[++i]);
    } else if (arg === '--passcode') {
      passcode = args[++i];
    } else {
      options.links.push({ link: arg, passcode });
      passcode = undefined;
    }
  }
  return options;
}

async function resolve({ link, passcode }, directory, embeddedLengthMax) {
  const viewer = new SHLViewer({ shlinkURI: link });
  const label = viewer.shl.label ?? viewer.shl.url;
  try {
    const resolved = await viewer.resolveSHL({
      recipient: RECIPIENT,
      ...(passcode !== undefined && { passcode }),
      ...(embeddedLengthMax !== undefined && { embeddedLengthMax }),
      shcReaderConfig: { issuerDirectory: directory, verifyExpiration: true },
    });
    const files = resolved.manifest.files;
    const embedded = files.filter(file => 'embedded' in file).length;
    if (resolved.smartHealthCards.length === 0) {
      return `FAIL ${label}: no card in the link`;
    }
    return `OK ${label}: ${resolved.smartHealthCards.length} cards, ${resolved.fhirResources.length} FHIR resources`
      + ` (${embedded} embedded, ${files.length - embedded} by location)`;
  } catch (error) {
    return `FAIL ${label}: ${error.name}: ${error.message}`;
  }
}

async function main(args) {
  const options = parseArgs(args);
  if (!options.issuer || options.links.length === 0) {
    console.error('usage: node resolve-links.mjs --issuer <iss> [--embedded-length-max N] [--passcode P] <link> ...');
    return 2;
  }
  // The issuer's keys and revocation lists, read once from <iss>/.well-known/: a card signed with another key fails.
  const directory = await Directory.fromURLs([options.issuer]);
  let passed = 0;
  let failed = 0;
  for (const link of options.links) {
    const line = await resolve(link, directory, options.embeddedLengthMax);
    console.log(line);
    line.startsWith('OK ') ? passed++ : failed++;
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
