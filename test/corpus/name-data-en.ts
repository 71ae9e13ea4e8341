// Regenerates utils/detect/names-en-data.ts: popular given names (en, de, es, it, fr, nl) from the human-names package
// (MIT, Alessandro Minoccheri), lower-cased, one front-coded string (each entry is: how many chars to drop from the end
// of the previous name, one digit, then the new tail), plus the names that are also common words or places.
// Part of the one name-data generator: run test/corpus/build-name-data.ts, which imports this.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WORLD_GIVEN } from './names-world';

const root = path.resolve(import.meta.dirname, '..', '..');
const dir = path.resolve(root, 'node_modules', 'human-names', 'data');
const all = new Set<string>();
for (const f of readdirSync(dir).sort()) {
  // English, German, Spanish, Italian, French and Dutch lists (5.3k names). The French and Dutch ones were left out
  // once for their weight (+1.6k names, ~+3.8 KB gzip), but names on real pages come from every locale: a given name
  // missing from the list leaves the full name to context cues, and those are what overfit to one corpus's templates.
  if (!/^(male|female)-human-names-(en|de|es|it|fr|nl)\.json$/.test(f)) continue;
  for (const n of JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as string[]) {
    const w = n.trim().toLowerCase();
    // one word of letters (hyphenated first names like jean-luc are one word); 3+ chars: "al", "bo" are words first
    if (/^[a-zà-öø-ÿ]+(?:-[a-zà-öø-ÿ]+)?$/.test(w) && w.length >= 3) all.add(w);
  }
}
const fromHumanNames = new Set(all);

// Letters beyond Latin-1 (ł, ő, ș, č …) are folded to their base letter, as givenKind folds them in the text: "michał"
// is listed as "michal", and matches both "Michał" and "Michal". A name with Latin-1 accents is listed as written and
// without them ("józef", "jozef"): pages drop accents as often as they keep them.
const SPECIAL: Record<string, string> = { ł: 'l', đ: 'd', ı: 'i', ħ: 'h', ŧ: 't', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ð: 'd' };
const foldExt = (w: string) => [...w].map((c) => (c.charCodeAt(0) > 0xff ? (SPECIAL[c] ?? c.normalize('NFD')[0]) : c)).join('');
const foldAll = (w: string) => [...w].map((c) => SPECIAL[c] ?? c.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).join('');
const NAME = /^[a-zà-öø-ÿ]+(?:-[a-zà-öø-ÿ]+)?$/;

// Common English words (SCOWL levels 10–50, lower-case entries): a new name that is one of them is ambiguous.
const scowl = '/usr/share/dict/scowl';
const common = new Set<string>();
for (const f of readdirSync(scowl).sort())
  if (/^(english|american)-words\.(10|20|35|40|50)$/.test(f)) for (const l of readFileSync(path.join(scowl, f), 'latin1').split('\n')) common.add(l.trim());
const worldAmbiguous: string[] = [];
for (const line of WORLD_GIVEN.split('\n')) {
  if (line.startsWith('#')) continue;
  for (const raw of line.split(/\s+/)) {
    if (!raw) continue;
    for (const w of new Set([foldExt(raw), foldAll(raw)])) {
      if (!NAME.test(w) || w.length < 3 || all.has(w)) continue;
      all.add(w);
      if (common.has(w)) worldAmbiguous.push(w);
    }
  }
}
// and the human-names ones with Latin-1 accents, without them ("josé" → "jose"), unless that is an English word
for (const w of fromHumanNames) {
  const a = foldAll(w);
  if (a !== w && NAME.test(a) && !all.has(a) && !common.has(a)) all.add(a);
}

// Given names that are just as often common words, brands or places: a lone capitalised one is not reported, and it
// needs a surname-like word after it. Kept by hand: the list is what matters for precision, so it is reviewed here.
const AMBIGUOUS = `
will may june april august summer autumn winter spring dawn eve hope faith grace joy charity honor honour patience
prudence constance mercy chastity trinity destiny harmony melody liberty justice unity serenity haven heaven angel
baby honey sugar candy cookie precious treasure star stormy sunny sky skye rain river brook lake forest wood woody
heath holly ivy iris lily rose violet daisy poppy hazel olive ginger amber ruby pearl jade crystal coral jewel gem
diamond emerald sapphire opal goldie silver sterling rich major king prince princess queen duke earl baron lord bishop
pope dean chance chase hunter archer carter mason cooper porter fisher baker miller page mark bill bob rob pat sue don
ray art guy gene frank ernest earnest rusty dusty buck buddy bud chip chuck jack nick lou gay sandy misty windy happy
lucky pepper cherry berry apple peach plum lavender sage basil clove cinnamon saffron coco chanel max ace van von ben
bin jordan georgia victoria florence austin paris chelsea savannah sydney madison lincoln washington houston dallas
phoenix charlotte orlando troy marion augusta helena regina adelaide alexandria america india china kenya asia africa
israel lebanon chad cuba peru virginia carolina dakota montana nevada indiana florida york denver boston cleveland
memphis camden brooklyn london berlin vienna geneva milan siena verona lima salem hudson aurora mercedes porsche
ferrari tiffany wendy dell harley jaguar christian jesus christ moses muslim german norman roman dutch franco saxon
marina santos cruz angeles dolores pilar rosario socorro consuelo remedios amor belle bella bijou blanche fleur flor
nova noble sol luz mar paz perla reina rey alpha beta delta omega echo alexa siri virgin sterling winston royal
prime noel christmas easter sunday monday friday tuesday
clay stone rock rocky flint steel brick gray grey green brown white black blue red rusty scarlet
young old long short little small big tall strong wise good best smart sharp bright clear
love lovely dear darling sweet fancy holiday memory story song music poem rhyme verse
victor viola cecil carol carole trust price power worth hale hall hill glen dale cliff field lane park
has dev line promise meta trace just peer dot link ids tiny constant uri age job dash cat fox walker said nail floor
ember flip una deb loki django grant pierce bishop gage cher
ate boy emir fares ferry gust harm hind hub joke junior kick lander lard loan mare marine mart mien mink octave pier prune
puck rein rinse rune splinter swan taco ton ward lux ange
`.split(/\s+/).filter(Boolean);
const ambiguous = new Set([...AMBIGUOUS.filter((w) => all.has(w)), ...worldAmbiguous]);

function frontCode(words: string[]): string {
  let prev = '';
  let out = '';
  for (const w of words) {
    let k = 0;
    while (k < prev.length && k < w.length && prev[k] === w[k]) k++;
    // one char for the drop: a digit for 0–9, an upper-case letter for 10–35 (the names are lower case)
    const drop = prev.length - k;
    if (drop > 35) throw new Error('name too long for front coding: ' + w);
    out += (drop < 10 ? String(drop) : String.fromCharCode(55 + drop)) + w.slice(k);
    prev = w;
  }
  return out;
}

const names = [...all].sort();
const amb = [...ambiguous].sort();
const out = `// Popular given names (en, de, es, it, fr, nl), lower-cased, from the human-names package
// (https://github.com/AlessandroMinoccheri/human-names), and common given names of other languages (hand-written, see
// test/corpus/names-world.ts). Generated by test/corpus/build-name-data.ts; do not edit.
//
// The MIT License (MIT) — Copyright (c) 2015 Alessandro Minoccheri
// Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
// documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
// rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
// permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright
// notice and this permission notice shall be included in all copies or substantial portions of the Software.
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
//
// ${names.length} names, front-coded (a digit, or A–Z for 10–35: chars dropped from the end of the previous name; then
// the new tail).
export const EN_GIVEN = '${frontCode(names)}';
// ${amb.length} of them that are as often common words, brands or places (front-coded the same way).
export const EN_GIVEN_AMBIGUOUS = '${frontCode(amb)}';
`;
writeFileSync(path.resolve(root, 'utils', 'detect', 'names-en-data.ts'), out);
console.log(names.length, 'given names,', amb.length, 'ambiguous; world ambiguous:', worldAmbiguous.join(' '));
