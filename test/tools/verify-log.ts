// Verifies an exported event log (JSON Lines) anyone was handed: names the first broken event, exits 1 when broken.
// Usage: npm run verify-log -- events.jsonl [--head <seq>:<hash>]
import { readFileSync } from 'node:fs';
import { parseJsonl, verifyChain, type ChainHead } from '../../utils/events/chain';

async function main(argv: string[]): Promise<number> {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: npm run verify-log -- events.jsonl [--head <seq>:<hash>]');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`cannot read ${file}: ${(e as Error).message}`);
    return 2;
  }
  const h = argv[argv.indexOf('--head') + 1];
  const head: ChainHead | null = argv.includes('--head') && /^\d+:[0-9a-f]{64}$/.test(h ?? '') ? { seq: Number(h.split(':')[0]), hash: h.split(':')[1] } : null;
  const events = parseJsonl(text);
  if (!events.length) {
    console.error(`${file}: no events`);
    return 1;
  }
  const r = await verifyChain(events, head);
  if (r.ok) {
    const last = events[events.length - 1];
    console.log(`OK: ${r.checked} events, seq ${events[0].seq}–${last.seq}, chain intact. Last hash ${last.hash}`);
    return 0;
  }
  const b = r.firstBroken!;
  console.error(`BROKEN at line ${b.index + 1} (seq ${b.seq ?? '?'}, id ${b.id ?? '?'}): ${r.message} [${r.reason}]`);
  console.error(`${r.checked} events before it verified.`);
  return 1;
}

process.exitCode = await main(process.argv.slice(2));
