// Third independent labelled test set for the detector: a stand-in for a hidden labelled corpus.
//
// Written WITHOUT reading the detector (utils/detect/*, except types.ts), the synthetic generator or the documents of
// sets #1 and #2. Same LABELLING CONVENTIONS as set #1 (see the header of test/corpus/independent.ts), same markup
// helpers. Different on purpose: about half English-language business data from many countries (CRM records, support
// threads with quoted replies, chat exports, signatures, HR, clinic and insurance letters, shipping notices, payment
// instructions), Japanese formats not covered before (LINE / Slack chat, 日報・議事録・稟議, 宛名リスト, アンケート,
// コールセンター応対記録, 不動産・保険・銀行の手続き書類) and hard negatives (ids `neg-`: code, logs, tables, statistics,
// timetables, brand names that look like people, check-digit-valid JAN / ISBN / order numbers).
//
// Deterministic: seeded generators only. Values invented; check digits computed.
// Addresses outside Japan are labelled jp_address (the one address type), the postcode inside the address line
// included: jp_postal_code is only a Japanese 〒 code. A press release naming a venue and its city only has no address.
import { AD, corp, DOB, doc, EM, fw, hira, hwKana, iban, L, luhn, mn, PH, PN, SEN, ZIP, type IndependentDoc } from './independent';

// ---------------------------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32)

class R {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(a: readonly T[]): T {
    return a[Math.floor(this.next() * a.length)];
  }
  digits(n: number): string {
    let s = '';
    for (let k = 0; k < n; k++) s += String(this.int(0, 9));
    return s;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON3 = MONTHS.map((m) => m.slice(0, 3));
const DAYS3 = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

// ---------------------------------------------------------------------------------------------------------------
// English-language people and places by country

type Country = 'US' | 'CA' | 'UK' | 'IE' | 'AU' | 'NZ' | 'IN' | 'SG' | 'DE' | 'FR' | 'NL' | 'ES' | 'IT';
const FIRST: Record<Country, string[]> = {
  US: ['Jennifer', 'Marcus', 'Tyler', 'Ashley', 'DeShawn', 'Brianna', 'Kevin', 'Lauren', 'Carlos', 'Megan', 'Trevor', 'Kayla'],
  CA: ['Geneviève', 'Liam', 'Chloé', 'Mathieu', 'Avery', 'Connor', 'Nadia', 'Olivier'],
  UK: ['Oliver', 'Harriet', 'Callum', 'Imogen', 'Rhys', 'Siobhan', 'Alistair', 'Poppy', 'Gareth', 'Beatrice'],
  IE: ['Aoife', 'Cian', 'Niamh', 'Oisín', 'Saoirse', 'Declan'],
  AU: ['Lachlan', 'Matilda', 'Brodie', 'Tahlia', 'Hamish', 'Jessica'],
  NZ: ['Aroha', 'Tama', 'Mereana', 'Finn', 'Kiri'],
  IN: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Sneha', 'Vikram', 'Lakshmi', 'Aditya'],
  SG: ['Wei Ling', 'Jun Jie', 'Hui Min', 'Nurul', 'Rajesh', 'Xin Yi'],
  DE: ['Lukas', 'Johanna', 'Felix', 'Annika', 'Maximilian', 'Sophie'],
  FR: ['Camille', 'Théo', 'Manon', 'Julien', 'Élodie', 'Antoine'],
  NL: ['Daan', 'Sanne', 'Bram', 'Femke', 'Joris'],
  ES: ['Lucía', 'Javier', 'Carmen', 'Alejandro', 'Paula'],
  IT: ['Giulia', 'Matteo', 'Chiara', 'Lorenzo', 'Francesca'],
};
const LAST: Record<Country, string[]> = {
  US: ['Whitaker', 'Nguyen', 'Delgado', 'Kowalski', 'Brennan', 'Okafor', 'Halvorsen', 'Castillo', 'Pearson', 'Goldberg', 'Tran', 'McAllister'],
  CA: ['Tremblay', 'Gagnon', 'MacLeod', 'Bouchard', 'Lavoie', 'Fraser', 'Chowdhury', 'Pelletier'],
  UK: ['Ashworth', 'Pemberton', 'Hargreaves', 'Llewellyn', 'Fairclough', 'Cartwright', 'Entwistle', 'Thistlewood', 'Bancroft', 'Okonkwo'],
  IE: ['Ó Briain', "O'Sullivan", 'Fitzgerald', 'McCarthy', 'Doherty', 'Ní Bhriain'],
  AU: ['Thompson', 'Nicholls', 'Papadopoulos', 'Fitzpatrick', 'Vukovic', 'Henderson'],
  NZ: ['Ngata', 'Walker', 'Te Rangi', 'Sullivan', 'Parata'],
  IN: ['Raman', 'Iyer', 'Chatterjee', 'Deshpande', 'Kulkarni', 'Menon', 'Bhattacharya', 'Reddy'],
  SG: ['Tan', 'Lim', 'Ong', 'Binte Rahman', 'Pillai', 'Goh'],
  DE: ['Schröder', 'Hoffmann', 'Brandt', 'Neumann', 'Kessler', 'Vogt'],
  FR: ['Lefèvre', 'Moreau', 'Girard', 'Rousseau', 'Fontaine', 'Chevalier'],
  NL: ['de Vries', 'Bakker', 'van Dijk', 'Visser', 'Jansen'],
  ES: ['García', 'Fernández', 'Morales', 'Navarro', 'Ortega'],
  IT: ['Rossi', 'Bianchi', 'Esposito', 'Romano', 'Ferrari'],
};
interface EnP {
  first: string;
  last: string;
  c: Country;
}
const enPerson = (r: R, c?: Country): EnP => {
  const cc = c ?? r.pick(Object.keys(FIRST) as Country[]);
  return { first: r.pick(FIRST[cc]), last: r.pick(LAST[cc]), c: cc };
};
const full = (p: EnP) => `${p.first} ${p.last}`;
const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
const DOMAINS = ['northwind-logistics.com', 'brightlane.io', 'kestrelhealth.org', 'harbourview.co.uk', 'tallpine.ca', 'quokka-travel.com.au', 'meridianpay.sg', 'vantagesoft.in', 'blauwe-haven.nl', 'atelier-lumiere.fr', 'gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'icloud.com'];
const enEmail = (r: R, p: EnP) => {
  const f = slug(p.first);
  const l = slug(p.last);
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${r.int(1, 99)}`, `${l}.${f[0]}`, `${f}${r.int(70, 99)}`]);
  return `${local}@${r.pick(DOMAINS)}`;
};
function enPhone(r: R, c: Country, intl = r.chance(0.5)): string {
  const d = (n: number) => r.digits(n);
  const nz = () => String(r.int(2, 9));
  switch (c) {
    case 'US':
    case 'CA': {
      const a = `${nz()}${r.int(0, 8)}${d(1)}`;
      const b = `${nz()}${r.int(0, 9)}${r.int(2, 9)}`;
      const e = d(4);
      return intl ? r.pick([`+1 ${a}-${b}-${e}`, `+1 (${a}) ${b}-${e}`, `+1${a}${b}${e}`]) : r.pick([`(${a}) ${b}-${e}`, `${a}-${b}-${e}`, `${a}.${b}.${e}`]);
    }
    case 'UK':
      return r.pick(
        intl ? [`+44 20 7${d(3)} ${d(4)}`, `+44 7${r.int(400, 999)} ${d(6)}`, `+44 (0)161 ${d(3)} ${d(4)}`] : [`020 7${d(3)} ${d(4)}`, `07${r.int(400, 999)} ${d(6)}`, `0113 ${d(3)} ${d(4)}`],
      );
    case 'IE':
      return intl ? `+353 ${r.pick(['1', '87', '86', '21'])} ${d(3)} ${d(4)}` : `08${r.pick(['3', '5', '6', '7'])} ${d(3)} ${d(4)}`;
    case 'AU':
      return intl ? r.pick([`+61 2 ${d(4)} ${d(4)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`]) : r.pick([`(02) ${d(4)} ${d(4)}`, `04${d(2)} ${d(3)} ${d(3)}`, `(03) ${d(4)} ${d(4)}`]);
    case 'NZ':
      return intl ? `+64 ${r.pick(['9', '4', '21', '27'])} ${d(3)} ${d(4)}` : r.pick([`(09) ${d(3)} ${d(4)}`, `021 ${d(3)} ${d(4)}`]);
    case 'IN':
      return intl ? `+91 ${r.pick(['98', '99', '97', '88'])}${d(3)} ${d(5)}` : r.pick([`0${r.pick(['80', '22', '44'])} ${d(4)} ${d(4)}`, `9${d(4)} ${d(5)}`]);
    case 'SG':
      return `+65 ${r.pick(['6', '8', '9'])}${d(3)} ${d(4)}`;
    case 'DE':
      return intl ? r.pick([`+49 30 ${d(8)}`, `+49 151 ${d(8)}`, `+49 (0)89 ${d(3)} ${d(4)}`]) : r.pick([`030 ${d(8)}`, `0151 ${d(8)}`]);
    case 'FR':
      return intl ? `+33 ${r.int(1, 7)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}` : `0${r.int(1, 7)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 'NL':
      return intl ? r.pick([`+31 20 ${d(3)} ${d(4)}`, `+31 6 ${d(8)}`]) : r.pick([`020-${d(3)} ${d(4)}`, `06-${d(8)}`]);
    case 'ES':
      return `${intl ? '+34 ' : ''}${r.pick(['91', '93', '6' + d(1)])}${d(1)} ${d(3)} ${d(3)}`;
    case 'IT':
      return `${intl ? '+39 ' : ''}${r.pick(['06', '02', '3' + d(2)])} ${d(4)} ${d(4)}`;
  }
}
function enAddress(r: R, c: Country): string {
  const n = r.int(2, 2400);
  switch (c) {
    case 'US':
      return r.pick([
        `${n} ${r.pick(['Mission Street', 'Maple Avenue', 'N Clark St', 'Peachtree Rd NE', 'SW Morrison St', 'Elm Drive'])}${r.pick(['', `, Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C'])}`, `, Suite ${r.int(100, 900)}`])}, ${r.pick(['San Francisco, CA 941', 'Chicago, IL 606', 'Atlanta, GA 303', 'Portland, OR 972', 'Austin, TX 787'])}${pad(r.int(1, 99))}`,
      ]);
    case 'CA':
      return `${n} ${r.pick(['Rue Saint-Denis', 'W 4th Ave', 'Queen St W', 'Jasper Ave NW'])}, ${r.pick(['Montréal, QC H2X 3K', 'Vancouver, BC V6K 1N', 'Toronto, ON M5V 2T', 'Edmonton, AB T5J 0R'])}${r.int(1, 9)}`;
    case 'UK':
      return `${r.pick(['Flat ' + r.int(1, 12) + ', ', ''])}${r.int(1, 180)} ${r.pick(['Cheyne Walk', 'Deansgate', 'Hope Street', 'Whiteladies Road', 'Royal Mile'])}, ${r.pick(['London SW3 5RA', 'Manchester M3 4LQ', 'Liverpool L1 9BP', 'Bristol BS8 2PY', 'Edinburgh EH1 1RE'])}`;
    case 'IE':
      return `${r.int(1, 90)} ${r.pick(['Baggot Street Lower', 'Patrick Street', 'Eyre Square'])}, ${r.pick(['Dublin 2, D02 X285', 'Cork, T12 RX2W', 'Galway, H91 E2K3'])}`;
    case 'AU':
      return `${r.pick(['Level ' + r.int(2, 30) + ', ', 'Unit ' + r.int(1, 40) + '/', ''])}${r.int(1, 300)} ${r.pick(['George Street, Sydney NSW 2000', 'Collins Street, Melbourne VIC 3000', 'Adelaide Street, Brisbane QLD 4000', 'Hay Street, Perth WA 6000'])}`;
    case 'NZ':
      return `${r.int(1, 200)} ${r.pick(['Ponsonby Road, Grey Lynn, Auckland 1011', 'Cuba Street, Te Aro, Wellington 6011', 'Riccarton Road, Christchurch 8041'])}`;
    case 'IN':
      return `${r.pick(['Flat ' + r.int(101, 1204), 'No. ' + r.int(1, 90), 'Plot ' + r.int(1, 400)])}, ${r.pick(['Prestige Lakeside, Whitefield, Bengaluru 560066', '14th Cross, Indiranagar, Bengaluru 560038', 'Hiranandani Gardens, Powai, Mumbai 400076', 'Anna Salai, Teynampet, Chennai 600018'])}`;
    case 'SG':
      return `${r.pick(['Blk ' + r.int(100, 800) + ' Ang Mo Kio Ave 3, #0' + r.int(2, 9) + '-' + r.int(10, 99) + ', Singapore 56' + r.digits(4), r.int(1, 80) + ' Anson Road, #' + r.int(10, 30) + '-0' + r.int(1, 9) + ', Singapore 0799' + r.digits(2)])}`;
    case 'DE':
      return `${r.pick(['Friedrichstraße', 'Schillerstraße', 'Am Markt', 'Leopoldstraße'])} ${r.int(1, 140)}, ${r.pick(['10117 Berlin', '80802 München', '50667 Köln', '20095 Hamburg'])}`;
    case 'FR':
      return `${r.int(1, 120)} ${r.pick(['rue de Rivoli', 'avenue Jean Jaurès', 'boulevard Haussmann', 'rue de la République'])}, ${r.pick(['75004 Paris', '69007 Lyon', '13001 Marseille', '75009 Paris'])}`;
    case 'NL':
      return `${r.pick(['Keizersgracht', 'Oudegracht', 'Witte de Withstraat'])} ${r.int(1, 400)}, ${r.pick(['1016 DZ Amsterdam', '3511 AR Utrecht', '3012 BM Rotterdam'])}`;
    case 'ES':
      return `${r.pick(['Calle de Alcalá', 'Carrer de Mallorca', 'Avenida de la Constitución'])} ${r.int(1, 300)}, ${r.pick(['28014 Madrid', '08008 Barcelona', '41001 Sevilla'])}`;
    case 'IT':
      return `${r.pick(['Via del Corso', 'Corso Buenos Aires', 'Via Toledo'])} ${r.int(1, 200)}, ${r.pick(['00186 Roma', '20124 Milano', '80134 Napoli'])}`;
  }
}
const EU_IBAN: Partial<Record<Country, (r: R) => string>> = {
  DE: (r) => iban('DE', r.digits(18)),
  FR: (r) => iban('FR', r.digits(10) + 'A' + r.digits(10) + r.digits(2)),
  NL: (r) => iban('NL', r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10)),
  ES: (r) => iban('ES', r.digits(20)),
  IT: (r) => iban('IT', 'X' + r.digits(10) + r.digits(12)),
  IE: (r) => iban('IE', r.pick(['AIBK', 'BOFI']) + r.digits(14)),
  UK: (r) => iban('GB', r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD']) + r.digits(14)),
};
const ibanFor = (r: R, c: Country) => (EU_IBAN[c] ?? r.pick(Object.values(EU_IBAN) as ((r: R) => string)[]))(r);

type Brand = 'Visa' | 'Mastercard' | 'Amex' | 'Discover' | 'JCB' | 'Diners';
function card(r: R, brand: Brand, sep = r.pick([' ', '-', ''])): string {
  let body: string;
  switch (brand) {
    case 'Visa':
      body = '4' + r.digits(14);
      break;
    case 'Mastercard':
      body = r.chance(0.3) ? String(r.int(2221, 2720)) + r.digits(11) : '5' + r.int(1, 5) + r.digits(13);
      break;
    case 'Amex':
      body = r.pick(['34', '37']) + r.digits(12);
      break;
    case 'Discover':
      body = r.pick(['6011', '65' + r.digits(2), '64' + r.int(4, 9) + r.digits(1)]) + r.digits(11);
      break;
    case 'JCB':
      body = String(r.int(3528, 3589)) + r.digits(11);
      break;
    case 'Diners':
      body = r.pick(['36', '38', '30' + r.int(0, 5)]).padEnd(4, String(r.int(0, 9))) + r.digits(9);
      break;
  }
  const d = luhn(body);
  if (brand === 'Amex') return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (brand === 'Diners') return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}
const BRANDS: Brand[] = ['Visa', 'Mastercard', 'Amex', 'Discover', 'JCB', 'Diners'];
function ssn(r: R, sep = '-'): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  return `${pad(a, 3)}${sep}${pad(r.int(1, 99))}${sep}${pad(r.int(1, 9999), 4)}`;
}
/** ITIN-like (9XX-7X-XXXX): not an SSN. */
const itin = (r: R) => `9${r.digits(2)}-${r.int(70, 88)}-${r.digits(4)}`;
function enDob(r: R, style: 'us' | 'intl' | 'iso' | 'long'): string {
  const y = r.int(1948, 2004);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  if (style === 'us') return `${pad(m)}/${pad(d)}/${y}`;
  if (style === 'intl') return `${pad(d)}/${pad(m)}/${y}`;
  if (style === 'iso') return `${y}-${pad(m)}-${pad(d)}`;
  return r.chance(0.5) ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${d}, ${y}`;
}
const dobStyle = (c: Country): 'us' | 'intl' => (c === 'US' ? 'us' : 'intl');
const ts = (r: R) => `${r.pick(DAYS3)}, ${r.int(1, 28)} ${r.pick(MON3)} 2025 at ${r.int(7, 19)}:${pad(r.int(0, 59))}`;
const COMPANIES = ['Northwind Logistics', 'Brightlane Analytics', 'Kestrel Health Partners', 'Harbourview Lettings Ltd', 'Tall Pine Outfitters', 'Quokka Travel Pty Ltd', 'Meridian Pay Pte. Ltd.', 'Vantage Soft Pvt Ltd', 'Blauwe Haven B.V.', 'Atelier Lumière SARL'];

// ---------------------------------------------------------------------------------------------------------------
// English generators

function enCrm(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = enPerson(r);
  const em = enEmail(r, p);
  const layout = seed % 3;
  const owner = enPerson(r, 'US');
  const ref = `CUS-${r.digits(7)}`;
  if (layout === 0)
    return doc(
      `en-crm-${seed}`,
      'en_crm_record',
      `Contact ▸ ${PN(full(p))}\nAccount: ${r.pick(COMPANIES)}   Lifecycle stage: ${r.pick(['Lead', 'Customer', 'Opportunity', 'Evangelist'])}\nEmail  ${EM(em)}\nMobile  ${PH(enPhone(r, p.c))}\nMailing address  ${AD(enAddress(r, p.c))}\nContact owner  ${PN(full(owner))}\nRecord ID  ${ref}   Created ${r.int(1, 28)}/${r.int(1, 12)}/2024 ${r.int(8, 18)}:${pad(r.int(0, 59))}\nLast activity: Call logged — "left voicemail, try again Thursday"\n`,
    );
  if (layout === 1)
    return doc(
      `en-crm-${seed}`,
      'en_crm_record',
      `First name,Last name,Email,Phone,Street,Lead source,Score\n${PN(p.first)},${PN(p.last)},${EM(em)},${PH(enPhone(r, p.c, true))},"${AD(enAddress(r, p.c))}",Webinar,${r.int(10, 99)}\n${(() => {
        const q = enPerson(r);
        return `${PN(q.first)},${PN(q.last)},${EM(enEmail(r, q))},${PH(enPhone(r, q.c, true))},"${AD(enAddress(r, q.c))}",Trade show,${r.int(10, 99)}`;
      })()}\n`,
    );
  const q = enPerson(r);
  return doc(
    `en-crm-${seed}`,
    'en_crm_record',
    `{"object":"contact","id":"${r.digits(12)}","properties":{"firstname":"${PN(p.first)}","lastname":"${PN(p.last)}","email":"${EM(em)}","phone":"${PH(enPhone(r, p.c, true))}","company":"${r.pick(COMPANIES)}","hs_lead_status":"OPEN","createdate":"2025-0${r.int(1, 9)}-1${r.int(0, 9)}T0${r.int(0, 9)}:12:44.118Z"},"associations":{"owner":{"name":"${PN(full(q))}","email":"${EM(enEmail(r, q))}"}}}`,
  );
}

function enTicket(seed: number): IndependentDoc {
  const r = new R(seed);
  const cust = enPerson(r);
  const agent = enPerson(r, r.pick(['US', 'IE', 'IN', 'UK'] as Country[]));
  const em = enEmail(r, cust);
  const tid = r.int(10000, 99999);
  const order = `#${r.int(100000, 999999)}`;
  const kind = seed % 4;
  if (kind === 0)
    return doc(
      `en-ticket-${seed}`,
      'en_support_thread',
      `Ticket #${tid} — Refund not received for order ${order}\nRequester: ${PN(full(cust))} <${EM(em)}>\nAssignee: ${PN(agent.first)} (Billing)\nPriority: High   Channel: Email\n\n${PN(agent.first)} (Agent) — ${ts(r)}\nHi ${PN(cust.first)},\nThanks for your patience. I can see the refund was issued to the card ending ${r.digits(4)} on the 3rd; banks usually take 5–10 business days.\nBest,\n${PN(agent.first)}\n\n${PN(cust.first)} — ${ts(r)}\nStill nothing. Can someone call me on ${PH(enPhone(r, cust.c))}? I'm free after 4pm.\n\nOn ${ts(r)}, ${PN(agent.first)} <${EM('support@' + r.pick(DOMAINS.slice(0, 10)))}> wrote:\n> Hi ${PN(cust.first)}, could you confirm the order number and the email used at checkout?\n`,
    );
  if (kind === 1) {
    const c = r.pick(BRANDS);
    return doc(
      `en-ticket-${seed}`,
      'en_support_thread',
      `[Intercom] Conversation with ${PN(full(cust))}\nUser ID: u_${r.digits(8)} · Plan: Pro (annual) · Location: ${r.pick(['Leeds, United Kingdom', 'Pune, India', 'Calgary, Canada', 'Utrecht, Netherlands'])}\n\n${PN(cust.first)}: hey, my payment keeps failing. I tried my ${c} ${L('credit_card', card(r, c))} exp ${pad(r.int(1, 12))}/${r.int(26, 31)}\n${PN(agent.first)} (${r.pick(COMPANIES)}): Hi ${PN(cust.first)}! Please don't share full card numbers here — I've redacted it on our side. Could you try again from the billing page?\n${PN(cust.first)}: ok sorry. also please update my email to ${EM(enEmail(r, cust))}\n${PN(agent.first)}: Done ✅ Anything else?\n`,
    );
  }
  if (kind === 2) {
    const addr = enAddress(r, cust.c);
    return doc(
      `en-ticket-${seed}`,
      'en_support_thread',
      `Subject: Re: [Freshdesk] #${tid} Wrong delivery address\n\nHello ${PN(agent.first)},\n\nThe parcel should go to ${AD(addr)}, not to my old flat. Tracking says "out for delivery" since Friday.\n\nRegards,\n${PN(full(cust))}\n${PH(enPhone(r, cust.c))}\n\n-----Original Message-----\nFrom: ${PN(full(agent))} <${EM(slug(agent.first) + '@helpdesk.' + r.pick(DOMAINS.slice(0, 10)))}>\nSent: ${r.pick(DAYS3)} ${r.int(1, 28)}/${r.int(1, 12)}/2025 ${r.int(8, 17)}:${pad(r.int(0, 59))}\nTo: ${EM(em)}\nSubject: [Freshdesk] #${tid} Wrong delivery address\n\nDear ${PN(cust.first)}, we are sorry to hear that. Please reply with the full delivery address and a phone number the courier can reach.\n`,
    );
  }
  return doc(
    `en-ticket-${seed}`,
    'en_support_thread',
    `#${tid} · Account locked after password reset\nStatus: Pending · Group: Tier 2 · Tags: sso, lockout\n\nInternal note (${PN(full(agent))}): verified caller via DOB ${DOB(enDob(r, dobStyle(cust.c)))} and last 4 of phone. Escalating to identity team.\n\n${PN(full(cust))} (${EM(em)})\n${ts(r)}\nI reset my password and now it says "account locked". My manager ${PN(full(enPerson(r, cust.c)))} needs the Q3 report by tomorrow. Please help!!\n\nSent from my iPhone\n`,
  );
}

function enSlack(seed: number): IndependentDoc {
  const r = new R(seed);
  const a = enPerson(r);
  const b = enPerson(r);
  const c = enPerson(r);
  const tt = () => `${r.int(9, 17)}:${pad(r.int(0, 59))}`;
  if (seed % 2 === 0)
    return doc(
      `en-chat-${seed}`,
      'en_chat_export',
      `#cs-escalations — exported ${r.int(1, 28)} ${r.pick(MON3)} 2025\n[${tt()}] ${PN(full(a))}: anyone know who owns the ${r.pick(['Tesla', 'Wendy\'s', 'Ford', 'Morgan Stanley'])} account now?\n[${tt()}] ${PN(full(b))}: ${PN(c.first)} took it over from ${PN(a.first === c.first ? b.first : c.first === b.first ? a.first : b.first)} last week\n[${tt()}] ${PN(full(a))}: their procurement contact is ${PN(full(enPerson(r)))}, mobile ${PH(enPhone(r, 'US'))}, cc ${EM('ap@' + r.pick(DOMAINS.slice(0, 10)))} on invoices\n[${tt()}] ${PN(full(c))}: :thumbsup: will loop in finance. ticket ZD-${r.digits(6)}\n[${tt()}] ${PN(full(b))}: reminder standup moved to 10:30, room Everest\n`,
    );
  return doc(
    `en-chat-${seed}`,
    'en_chat_export',
    `${PN(full(a))}  ${tt()}\nCan you send me the new hire's details for the laptop order?\n\n${PN(full(b))}  ${tt()}\nSure — ${PN(full(c))}, starts Monday. Ship to ${AD(enAddress(r, c.c))}\nPersonal phone ${PH(enPhone(r, c.c, true))} (WhatsApp works too)\n\n${PN(full(a))}  ${tt()}\nthx. MacBook Pro 14 M3, 32GB, asset tag IT-${r.digits(5)}\n\n${PN(full(b))}  ${tt()}\n👍 also add to #team-${r.pick(['growth', 'platform', 'sales-emea'])}\n`,
  );
}

function enSignature(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = enPerson(r);
  const co = r.pick(COMPANIES);
  const title = r.pick(['Senior Account Executive', 'Head of Partnerships', 'Customer Success Manager', 'Office Manager', 'Solutions Engineer, APAC']);
  const body = r.pick([
    "Thanks for the call earlier — attaching the revised quote (valid 30 days). Let me know if Tuesday works for the kick-off.",
    'Please find attached the signed NDA. Our legal team has countersigned page 4.',
    "Quick reminder that our offices close on 24 Dec and reopen 2 Jan. Urgent matters: use the hotline below.",
  ]);
  const rec = enPerson(r);
  return doc(
    `en-sig-${seed}`,
    'en_email_signature',
    `Hi ${PN(rec.first)},\n\n${body}\n\nKind regards,\n\n${PN(full(p))}\n${title} | ${co}\nT: ${PH(enPhone(r, p.c, true))}${r.chance(0.6) ? `  |  M: ${PH(enPhone(r, p.c, true))}` : ''}\nE: ${EM(enEmail(r, p))}\n${AD(enAddress(r, p.c))}\nwww.${slug(co.split(' ')[0])}.com\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Registered in England & Wales No. ${r.digits(8)}.\n`,
  );
}

function enHr(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = enPerson(r, r.pick(['US', 'US', 'CA', 'UK', 'IN', 'AU'] as Country[]));
  const ec = enPerson(r, p.c);
  const c = p.c;
  const idLine =
    c === 'US'
      ? `Social Security Number: ${L('us_ssn', ssn(r))}`
      : c === 'UK'
        ? `National Insurance No.: ${r.pick(['QQ', 'AB', 'JG'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} C`
        : c === 'CA'
          ? `SIN: on file (verified)`
          : `Tax file / PAN: on file`;
  const bankLine =
    c === 'UK' ? `IBAN: ${L('iban', ibanFor(r, 'UK'))}` : c === 'US' ? `Routing: 0${r.digits(8)}  Account: ••••${r.digits(4)}` : `Account: ending ${r.digits(4)}`;
  return doc(
    `en-hr-${seed}`,
    'en_hr_onboarding',
    `NEW HIRE ONBOARDING FORM — ${r.pick(COMPANIES)}\nEmployee ID: E${r.digits(6)}      Start date: ${r.pick(MONTHS)} ${r.int(1, 28)}, 2025\n\nLegal name: ${PN(full(p))}\nPreferred name: ${PN(p.first)}\nDate of birth: ${DOB(enDob(r, c === 'US' ? 'us' : 'long'))}\nHome address: ${AD(enAddress(r, c))}\nPersonal email: ${EM(enEmail(r, p))}\nMobile: ${PH(enPhone(r, c))}\n${idLine}\n${bankLine}\n\nEmergency contact: ${PN(full(ec))} (${r.pick(['spouse', 'mother', 'partner', 'brother'])}) — ${PH(enPhone(r, c))}\n${r.chance(0.5) ? `Accommodation requested: ${SEN(r.pick(['wheelchair-accessible desk (uses a wheelchair)', 'screen reader software (visual impairment)', 'flexible hours for dialysis treatment']))}\n` : 'Accommodation requested: none\n'}\nManager: ${PN(full(enPerson(r, c)))}   Cost centre: CC-${r.digits(4)}   Laptop: ${r.pick(['Dell Latitude 7440', 'MacBook Air 13'])}\n`,
  );
}

function enClinic(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = enPerson(r, r.pick(['US', 'UK', 'AU', 'NZ', 'CA', 'IE'] as Country[]));
  const dr = enPerson(r, p.c);
  const cond = r.pick(['Type 2 diabetes mellitus', 'major depressive disorder', 'hypertension, poorly controlled', 'asthma (moderate persistent)', 'generalised anxiety disorder', 'HIV, on ART']);
  if (seed % 2 === 0)
    return doc(
      `en-clinic-${seed}`,
      'en_clinic_letter',
      `${r.pick(['Riverside Family Practice', 'Harbour Medical Centre', 'Northside Clinic'])}\n\n${r.int(1, 28)} ${r.pick(MONTHS)} 2025\n\nRe: ${PN(full(p))}, DOB ${DOB(enDob(r, 'intl'))}\n${AD(enAddress(r, p.c))}\n\nDear Dr ${PN(dr.last)},\n\nThank you for seeing this ${r.int(24, 78)}-year-old ${r.pick(['man', 'woman'])} who has a history of ${SEN(cond)}. ${r.pick(['Recent HbA1c was 8.9%.', 'Blood pressure today 164/98.', 'Symptoms have worsened over three months.'])} ${SEN(r.pick(['Current medication: metformin 1 g twice daily', 'Current medication: sertraline 100 mg', 'Current medication: amlodipine 10 mg']))}.\n\nI would be grateful for your assessment. ${PN(p.first)} can be reached on ${PH(enPhone(r, p.c))}.\n\nYours sincerely,\n\nDr ${PN(full(enPerson(r, p.c)))}\nGeneral Practitioner\n`,
    );
  return doc(
    `en-clinic-${seed}`,
    'en_insurance_letter',
    `EXPLANATION OF BENEFITS — THIS IS NOT A BILL\nMember: ${PN(full(p).toUpperCase())}     Member ID: ${r.pick(['XKJ', 'W', 'ZGP'])}${r.digits(9)}\nGroup No.: ${r.digits(6)}    Claim No.: ${r.digits(11)}\nPatient DOB: ${DOB(enDob(r, 'us'))}\nProvider: ${PN(full(dr))}, MD\n\nService date   Description                       Billed     Allowed   You owe\n0${r.int(1, 9)}/1${r.int(0, 9)}/2025     ${SEN(r.pick(['Psychotherapy, 60 min', 'Chemotherapy infusion', 'Prenatal visit', 'Substance use counseling']))}   $${r.int(200, 900)}.00    $${r.int(100, 199)}.40    $${r.int(10, 60)}.00\n\nQuestions? Call Member Services at ${PH('1-800-' + r.digits(3) + '-' + r.digits(4))} (TTY 711).\n`,
  );
}

function enShipping(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = enPerson(r);
  const track = r.pick([`1Z${r.digits(3)}E${r.digits(12)}`, r.digits(12), `JD0146${r.digits(12)}`, `RR${r.digits(9)}GB`]);
  return doc(
    `en-ship-${seed}`,
    'en_shipping_notice',
    `Your order is on its way! 📦\n\nHi ${PN(p.first)}, good news — order ${r.pick(['#', 'No. ', ''])}${r.digits(3)}-${r.digits(7)}-${r.digits(7)} has shipped.\n\nCarrier: ${r.pick(['UPS', 'DHL Express', 'Royal Mail Tracked 24', 'Australia Post', 'Canada Post'])}\nTracking number: ${track}\nEstimated delivery: ${r.pick(DAYS3)}, ${r.pick(MON3)} ${r.int(1, 28)}\n\nShipping to:\n${PN(full(p))}\n${AD(enAddress(r, p.c))}\n${PH(enPhone(r, p.c, true))}\n\nItems: ${r.pick(['Ford Mustang LEGO set (10265)', 'Wendy\'s gift card $25', 'Tesla Model 3 floor mats', 'Casper Original Pillow'])} × 1 — $${r.int(20, 180)}.${r.digits(2)}\n\nQuestions? Reply to this email or visit help.${r.pick(DOMAINS.slice(0, 10))}. Please do not share your tracking link publicly.\n`,
  );
}

function enPayment(seed: number): IndependentDoc {
  const r = new R(seed);
  const c = r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'IE', 'UK'] as Country[]);
  const p = enPerson(r, c);
  const payer = enPerson(r);
  const ib = ibanFor(r, c);
  const bic = r.pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'CAIXESBB', 'BCITITMM', 'AIBKIE2D', 'NWBKGB2L']);
  if (seed % 2 === 0)
    return doc(
      `en-pay-${seed}`,
      'en_payment_instruction',
      `PAYMENT INSTRUCTIONS — Invoice INV-2025-${r.digits(5)}\n\nBeneficiary: ${PN(full(p))}\nBeneficiary address: ${AD(enAddress(r, c))}\nIBAN: ${L('iban', ib)}\nBIC/SWIFT: ${bic}\nAmount: EUR ${r.int(1, 9)},${r.digits(3)}.${r.digits(2)}\nReference: RF${r.digits(2)} ${r.digits(4)} ${r.digits(4)}\n\nPlease note our bank details have NOT changed. If you receive an email claiming otherwise, call us on ${PH(enPhone(r, c, true))} before paying.\nApproved by: ${PN(full(payer))}\n`,
    );
  return doc(
    `en-pay-${seed}`,
    'en_payment_instruction',
    `From: ${PN(full(payer))} <${EM(enEmail(r, payer))}>\nSubject: Deposit for the flat\n\nHi ${PN(p.first)},\n\nI've sent the deposit (€${r.int(800, 2400)}) to the account you gave me:\n  Name: ${PN(full(p))}\n  IBAN ${L('iban', r.chance(0.5) ? ib : ib.replace(/ /g, ''))}\nIt should arrive by ${r.pick(DAYS3)}. My transaction ref is ${r.digits(16)}.\n\nCould you also send me the key handover time? My new number is ${PH(enPhone(r, payer.c, true))}.\n\nCheers,\n${PN(payer.first)}\n`,
  );
}

function enSsnForm(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = enPerson(r, 'US');
  const sp = enPerson(r, 'US');
  const sep = r.pick(['-', '-', ' ']);
  return doc(
    `en-ssn-${seed}`,
    'en_tax_form',
    `${r.pick(['W-4 intake worksheet', 'Rental application — applicant', 'Payroll change request'])}\nName: ${PN(full(p))}\nSSN: ${L('us_ssn', ssn(r, sep))}\nDate of birth: ${DOB(enDob(r, 'us'))}\nAddress: ${AD(enAddress(r, 'US'))}\nPhone: ${PH(enPhone(r, 'US'))}\nSpouse: ${PN(full(sp))}   Spouse SSN: ${L('us_ssn', ssn(r))}\nDependent ITIN (not SSN): ${itin(r)}\nEmployer EIN: ${r.digits(2)}-${r.digits(7)}\nForm revision: Rev. 12-2024, OMB No. 1545-0074\n`,
  );
}

function enCards(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = enPerson(r);
  const b1 = r.pick(BRANDS);
  const b2 = r.pick(BRANDS.filter((b) => b !== b1));
  return doc(
    `en-card-${seed}`,
    'en_card_data',
    `Chargeback dispute — case CB-${r.digits(8)}\nCardholder: ${PN(full(p).toUpperCase())}\nPrimary card (${b1}): ${L('credit_card', card(r, b1))}   Exp ${pad(r.int(1, 12))}/${r.int(26, 30)}\nReplacement card (${b2}): ${L('credit_card', card(r, b2))}\nAuthorization code: ${r.digits(6)}   ARN: ${r.digits(23)}\nMerchant: ${r.pick(["McDonald's #" + r.digits(5), 'TESLA SUPERCHARGER', 'WENDYS 0' + r.digits(4), 'FORD CREDIT PMT'])}\nAmount: $${r.int(10, 999)}.${r.digits(2)}  on 2025-0${r.int(1, 9)}-${r.int(10, 28)}\nContact: ${EM(enEmail(r, p))}, ${PH(enPhone(r, p.c, true))}\nAgent: ${PN(full(enPerson(r, 'US')))}\n`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Japanese people and places

interface JP {
  sei: string;
  mei: string;
  seiK: string;
  meiK: string;
}
const JA: JP[] = [
  { sei: '渡部', mei: '真理子', seiK: 'ワタナベ', meiK: 'マリコ' },
  { sei: '小野寺', mei: '悠斗', seiK: 'オノデラ', meiK: 'ユウト' },
  { sei: '長谷川', mei: '葵', seiK: 'ハセガワ', meiK: 'アオイ' },
  { sei: '菅原', mei: '健吾', seiK: 'スガワラ', meiK: 'ケンゴ' },
  { sei: '樋口', mei: '千尋', seiK: 'ヒグチ', meiK: 'チヒロ' },
  { sei: '大槻', mei: '隆', seiK: 'オオツキ', meiK: 'タカシ' },
  { sei: '森本', mei: '彩花', seiK: 'モリモト', meiK: 'アヤカ' },
  { sei: '久保田', mei: '誠', seiK: 'クボタ', meiK: 'マコト' },
  { sei: '西川', mei: '美咲', seiK: 'ニシカワ', meiK: 'ミサキ' },
  { sei: '平野', mei: '大輔', seiK: 'ヒラノ', meiK: 'ダイスケ' },
  { sei: '今井', mei: '由美', seiK: 'イマイ', meiK: 'ユミ' },
  { sei: '岩崎', mei: '翔太', seiK: 'イワサキ', meiK: 'ショウタ' },
  { sei: '桑原', mei: '恵', seiK: 'クワハラ', meiK: 'メグミ' },
  { sei: '野口', mei: '浩二', seiK: 'ノグチ', meiK: 'コウジ' },
  { sei: '松尾', mei: '結衣', seiK: 'マツオ', meiK: 'ユイ' },
  { sei: '古川', mei: '亮', seiK: 'フルカワ', meiK: 'リョウ' },
  { sei: '宮崎', mei: '咲良', seiK: 'ミヤザキ', meiK: 'サクラ' },
  { sei: '新井', mei: '拓也', seiK: 'アライ', meiK: 'タクヤ' },
  { sei: '杉山', mei: '奈緒', seiK: 'スギヤマ', meiK: 'ナオ' },
  { sei: '福田', mei: '修', seiK: 'フクダ', meiK: 'オサム' },
  { sei: '安藤', mei: '美穂', seiK: 'アンドウ', meiK: 'ミホ' },
  { sei: '北村', mei: '陽向', seiK: 'キタムラ', meiK: 'ヒナタ' },
  { sei: '丸山', mei: '弘子', seiK: 'マルヤマ', meiK: 'ヒロコ' },
  { sei: '高野', mei: '蓮', seiK: 'タカノ', meiK: 'レン' },
  { sei: '荒木', mei: '麻衣', seiK: 'アラキ', meiK: 'マイ' },
  { sei: '矢野', mei: '勝', seiK: 'ヤノ', meiK: 'マサル' },
];
const jp = (r: R, not?: JP[]): JP => {
  for (;;) {
    const p = r.pick(JA);
    if (!not || !not.some((q) => q.sei === p.sei)) return p;
  }
};
const jn = (p: JP, sp = '') => `${p.sei}${sp}${p.mei}`;
const jk = (p: JP, sp = ' ') => `${p.seiK}${sp}${p.meiK}`;
const JADDR: [string, string][] = [
  ['060-0042', '北海道札幌市中央区大通西'],
  ['980-0811', '宮城県仙台市青葉区一番町'],
  ['330-0063', '埼玉県さいたま市浦和区高砂'],
  ['260-0013', '千葉県千葉市中央区中央'],
  ['150-0041', '東京都渋谷区神南'],
  ['171-0021', '東京都豊島区西池袋'],
  ['182-0024', '東京都調布市布田'],
  ['231-0023', '神奈川県横浜市中区山下町'],
  ['420-0857', '静岡県静岡市葵区御幸町'],
  ['460-0008', '愛知県名古屋市中区栄'],
  ['604-8005', '京都府京都市中京区恵比須町'],
  ['530-0001', '大阪府大阪市北区梅田'],
  ['650-0021', '兵庫県神戸市中央区三宮町'],
  ['730-0031', '広島県広島市中区紙屋町'],
  ['810-0001', '福岡県福岡市中央区天神'],
  ['900-0015', '沖縄県那覇市久茂地'],
];
function jaAddr(r: R, opts: { fwDigits?: boolean; bldg?: boolean; kanjiNum?: boolean } = {}): [string, string] {
  const [zip, base] = r.pick(JADDR);
  const K = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const c = r.int(1, 6);
  const b = r.int(1, 30);
  const g = r.int(1, 20);
  let tail = opts.kanjiNum ? `${K[c - 1]}丁目${b}番${g}号` : r.pick([`${c}-${b}-${g}`, `${c}丁目${b}-${g}`, `${c}丁目${b}番${g}号`]);
  if (opts.fwDigits) tail = fw(tail);
  const bl = opts.bldg ? ` ${r.pick(['メゾン青葉', 'グランコート', 'サンハイツ', 'パークサイド'])}${r.int(1, 9)}0${r.int(1, 9)}号室` : '';
  return [zip, base + tail + bl];
}
const jaMobile = (r: R) => `0${r.pick(['90', '80', '70'])}-${r.int(1, 9)}${r.digits(3)}-${r.digits(4)}`;
const jaFixed = (r: R) => r.pick([`03-${r.int(3, 6)}${r.digits(3)}-${r.digits(4)}`, `06-${r.int(4, 6)}${r.digits(3)}-${r.digits(4)}`, `045-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`, `092-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`, `011-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`]);
const jaMail = (r: R, p: JP) => `${r.pick(['', 'k.', 'm_'])}${r.pick(['watanabe', 'onodera', 'hasegawa', 'sugawara', 'higuchi', 'otsuki', 'morimoto', 'kubota', 'nishikawa', 'hirano'])}${r.int(1, 99)}@${r.pick(['docomo.ne.jp', 'ezweb.ne.jp', 'gmail.com', 'yahoo.co.jp', 'example-shoji.co.jp', 'i.softbank.jp'])}`;
const jDob = (r: R) => r.pick([`${r.int(1950, 2003)}年${r.int(1, 12)}月${r.int(1, 28)}日`, `昭和${r.int(30, 63)}年${r.int(1, 12)}月${r.int(1, 28)}日`, `平成${r.int(2, 14)}年${r.int(1, 12)}月${r.int(1, 28)}日`, `${r.int(1955, 2001)}/${pad(r.int(1, 12))}/${pad(r.int(1, 28))}`]);

// ---------------------------------------------------------------------------------------------------------------
// Japanese generators

function jaLine(seed: number): IndependentDoc {
  const r = new R(seed);
  const a = jp(r);
  const b = jp(r, [a]);
  const c = jp(r, [a, b]);
  const t = () => `${r.int(8, 23)}:${pad(r.int(0, 59))}`;
  const [zip, ad] = jaAddr(r, { bldg: r.chance(0.5) });
  if (seed % 2 === 0)
    return doc(
      `ja-line-${seed}`,
      'ja_line_chat',
      `[LINE] ${PN(a.mei)}ちゃん🌸とのトーク履歴\n保存日時：2025/${r.int(1, 12)}/${r.int(1, 28)} ${t()}\n\n2025/${r.int(1, 12)}/${r.int(1, 28)}(${r.pick(['月', '火', '水', '木', '金', '土', '日'])})\n${t()}\t${PN(jn(a, ' '))}\t引っ越し終わった〜！新しい住所送るね\n${t()}\t${PN(jn(a, ' '))}\t〒${ZIP(zip)} ${AD(ad)}\n${t()}\t${PN(jn(b))}\tおつかれ！年賀状そこに送るわ\n${t()}\t${PN(jn(a, ' '))}\tありがと😊 携帯も変えたから ${PH(jaMobile(r))} で登録しなおして\n${t()}\t${PN(jn(b))}\t了解〜 ${PN(c.sei)}くんにも伝えとく\n${t()}\t${PN(jn(a, ' '))}\t[スタンプ]\n`,
    );
  return doc(
    `ja-line-${seed}`,
    'ja_line_chat',
    `${PN(a.mei)}(${r.pick(['営業部', '総務', 'CS'])}) ${t()}\n@${PN(b.sei)} さん 先方の${PN(jn(c))}様から折り返し依頼ありました。${PH(jaFixed(r))} 内線${r.int(100, 499)}、15時以降がいいそうです\n\n${PN(b.sei)} ${t()}\nありがとうございます！ メールは ${EM(jaMail(r, c))} で合ってますか？\n\n${PN(a.mei)}(${r.pick(['営業部', '総務', 'CS'])}) ${t()}\nはい。あと見積番号 Q-${r.digits(8)} の件も聞かれました:pray:\n`,
  );
}

function jaNippo(seed: number): IndependentDoc {
  const r = new R(seed);
  const me = jp(r);
  const cu = jp(r, [me]);
  const boss = jp(r, [me, cu]);
  const co = r.pick(['株式会社丸山製作所', '杉山工業株式会社', '有限会社野口商店', '北村電機株式会社', '高島屋日本橋店', '松坂屋名古屋店']);
  return doc(
    `ja-nippo-${seed}`,
    'ja_daily_report',
    `【営業日報】2025年${r.int(1, 12)}月${r.int(1, 28)}日（${r.pick(['月', '火', '水', '木', '金'])}）\n報告者：${PN(jn(me, ' '))}（第二営業課）\n\n■訪問先\n1. ${co} 購買部 ${PN(jn(cu))}様\n　新製品カタログ（品番 KX-${r.digits(4)}）をご説明。${PN(cu.sei)}様より、来月の発注予定数 ${r.int(100, 900)} 個との回答。\n　次回は${PN(cu.sei)}様の上長 ${PN(jn(jp(r, [me, cu, boss])))}部長同席で価格交渉予定。\n2. 既存顧客フォロー（電話）${r.int(3, 8)}件\n\n■所感\n${PN(boss.sei)}課長の指示どおり、見積有効期限を${r.int(1, 12)}月末に設定。丸井・高島屋向けの催事案件は保留。\n\n■明日の予定\n9:30 社内会議 / 13:00 ${r.pick(['八王子', '松本', '山田町', '豊田'])}方面訪問\n`,
  );
}

function jaGijiroku(seed: number): IndependentDoc {
  const r = new R(seed);
  const ps = [jp(r)];
  while (ps.length < 4) ps.push(jp(r, ps));
  const [a, b, c, d] = ps;
  const sick = r.chance(0.5);
  return doc(
    `ja-minutes-${seed}`,
    'ja_minutes',
    `議事録　第${r.int(3, 40)}回 ${r.pick(['システム刷新', '新店舗出店', '採用計画', '品質改善'])}プロジェクト定例\n日時：2025年${r.int(1, 12)}月${r.int(1, 28)}日 14:00〜15:30\n場所：本社 7F 会議室B ／ Teams併用\n出席者：${PN(jn(a))}（PM）、${PN(jn(b))}、${PN(jn(c))}、${PN(d.sei)}（記）\n欠席：${PN(jn(jp(r, ps)))}${sick ? `（${SEN(r.pick(['入院のため', '適応障害で休職中', '通院のため']))}）` : '（出張）'}\n\n1. 進捗報告\n・${PN(b.sei)}：ベンダー選定は2社に絞り込み。見積差額は約${r.int(2, 9)}百万円。\n・${PN(c.sei)}：テスト環境の障害（10/3 システム障害）は復旧済み。再発防止策を次回提示。\n2. 課題\n・${PN(a.sei)}より、要件定義書 v${r.int(1, 3)}.${r.int(0, 9)} のレビュー期限を再確認。\n3. 次回：${r.int(1, 12)}月${r.int(1, 28)}日（同時刻）\n\nToDo：\n- ${PN(b.sei)} → 比較表の作成（〜金曜）\n- ${PN(c.sei)} → 障害報告書の提出\n`,
  );
}

function jaRingi(seed: number): IndependentDoc {
  const r = new R(seed);
  const a = jp(r);
  const b = jp(r, [a]);
  const v = jp(r, [a, b]);
  const cn = corp(r.digits(12));
  return doc(
    `ja-ringi-${seed}`,
    'ja_ringi',
    `稟議書　No. R-2025-${r.digits(4)}\n起案日：2025/${r.int(1, 12)}/${r.int(1, 28)}　起案者：${PN(jn(a, '　'))}（情報システム部）\n件名：${r.pick(['業務委託契約の締結について', 'SaaS年間契約の更新について', '社用車リース契約について'])}\n\n1. 取引先\n　${r.pick(['株式会社平野ソリューションズ', 'アライ・テクノ株式会社', '合同会社フクダデザイン'])}（法人番号：${L('corporate_number', cn)}）\n　担当：営業部 ${PN(jn(v, ' '))} 様　${PH(jaFixed(r))}\n2. 金額：年額 ${r.int(1, 9)},${r.digits(3)},000円（税別）\n3. 理由：現行契約満了（${r.int(1, 12)}/31）に伴う更新。${PN(b.sei)}部長と事前協議済み。\n\n承認欄：課長 ${PN(b.sei)}　部長 ＿＿　役員 ＿＿\n`,
  );
}

function jaNenga(seed: number): IndependentDoc {
  const r = new R(seed);
  const rows: string[] = [];
  const used: JP[] = [];
  const n = r.int(3, 5);
  const fwd = seed % 2 === 0;
  for (let k = 0; k < n; k++) {
    const p = jp(r, used);
    used.push(p);
    const [zip, ad] = jaAddr(r, { fwDigits: fwd, kanjiNum: !fwd && r.chance(0.3), bldg: r.chance(0.3) });
    const z = fwd ? fw(zip) : zip;
    const fam = r.chance(0.3) ? `・${PN(r.pick(['陽子', '翔', '花子', '健一']))}` : '';
    rows.push(fwd ? `${k + 1}\t${ZIP(z)}\t${AD(ad)}\t${PN(jn(p, '　'))}${fam}\t様\t${r.pick(['喪中', '', '', '新年会'])}` : `${ZIP(z)},${AD(ad)},${PN(p.sei)},${PN(p.mei)},${PN(hira(jk(p, ' ')))},${r.pick(['親戚', '友人', '会社', '恩師'])}`);
  }
  return doc(
    `ja-nenga-${seed}`,
    'ja_address_list',
    fwd ? `年賀状 宛名リスト（2026年用）\nNo\t郵便番号\t住所\t氏名\t敬称\t備考\n${rows.join('\n')}\n` : `郵便番号,住所1,姓,名,ふりがな,区分\n${rows.join('\n')}\n`,
  );
}

function jaSurvey(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = jp(r);
  const st = jp(r, [p]);
  const txt = r.pick([
    () => `店員の${PN(st.sei)}さんがとても丁寧でした。また${r.pick(['丸井', '高島屋', '松坂屋'])}の店舗にも行きたいです。`,
    () => `${SEN('持病の糖尿病')}があるので、糖質オフのメニューを増やしてほしい。`,
    () => `配送が遅れました。連絡先は ${PH(jaMobile(r))} です。折り返しお願いします（${PN(jn(p))}）`,
    () => `子どもが${SEN('発達障害')}で、静かな時間帯の案内があると助かります。`,
    () => `特になし`,
  ])();
  const hasGold = /\u0001/.test(txt);
  return doc(
    `ja-survey-${seed}`,
    'ja_survey_free_text',
    `回答ID,回答日時,年代,性別,満足度,ご意見・ご要望（自由記述）,氏名（任意）,メール（任意）\n${r.digits(6)},2025/${r.int(1, 12)}/${r.int(1, 28)} ${r.int(8, 22)}:${pad(r.int(0, 59))},${r.int(2, 7)}0代,${r.pick(['女性', '男性', '回答しない'])},${r.int(1, 5)},"${txt}",${hasGold && r.chance(0.5) ? '' : PN(jn(p, ' '))},${r.chance(0.6) ? EM(jaMail(r, p)) : ''}\n`,
  );
}

function jaCallCenter(seed: number): IndependentDoc {
  const r = new R(seed);
  const c = jp(r);
  const op = jp(r, [c]);
  const [zip, ad] = jaAddr(r, { bldg: r.chance(0.5) });
  const k = seed % 3;
  const cc = card(r, r.pick(['Visa', 'Mastercard', 'JCB']), '');
  return doc(
    `ja-call-${seed}`,
    'ja_call_transcript',
    `応対記録　受付番号 C${r.digits(9)}　${r.int(1, 12)}/${r.int(1, 28)} ${r.int(9, 20)}:${pad(r.int(0, 59))}〜（通話時間 ${r.int(3, 18)}分）\n担当オペレーター：${PN(op.sei)}（${PN(hwKana(op.seiK))}）\n\nオペレーター：お電話ありがとうございます、${r.pick(['サンライズ通販', 'みどり生命', 'あおば銀行'])}カスタマーセンター${PN(op.sei)}でございます。\n顧客：あの、住所変更をお願いしたくて。\nオペレーター：かしこまりました。ご本人様確認のため、お名前と生年月日をお願いいたします。\n顧客：${PN(jn(c))}です。${DOB(jDob(r))}生まれです。\nオペレーター：${PN(c.sei)}様、ありがとうございます。新しいご住所をお願いします。\n顧客：〒${ZIP(zip)}、${AD(ad)}です。\nオペレーター：復唱いたします。……お電話番号もお変わりございますか。\n顧客：携帯が ${PH(jaMobile(r))} になりました。\n${k === 0 ? `顧客：あとカードも新しくなったので。番号は ${L('credit_card', cc)} です。\nオペレーター：恐れ入ります、カード番号はお電話では承れませんので、会員ページからご登録ください。\n` : k === 1 ? `顧客：実は${SEN('先月から入院していて')}、書類が届いても見られなかったんです。\nオペレーター：さようでございましたか。書類は再送いたします。\n` : `顧客：ついでにメールも ${EM(jaMail(r, c))} に変えてください。\n`}オペレーター：承知いたしました。お手続き完了です。担当${PN(op.sei)}が承りました。\n\n[後処理] 住所変更済／SV確認：${PN(jp(r, [c, op]).sei)}\n`,
  );
}

function jaRealEstate(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = jp(r);
  const g = jp(r, [p]);
  const [zip, ad] = jaAddr(r, { bldg: true });
  const [gz, ga] = jaAddr(r);
  const branch = r.pick(['渋谷支店', '梅田支店', '天神支店', '栄支店']);
  return doc(
    `ja-realestate-${seed}`,
    'ja_real_estate_form',
    `入居申込書\n物件名：${r.pick(['パークサイド', 'レジデンス', 'メゾン'])}${r.pick(['神南', '梅田', '天神'])} ${r.int(1, 12)}0${r.int(1, 9)}号室　賃料 ${r.int(6, 18)}.${r.int(0, 9)}万円\n\n【申込者】\nフリガナ：${PN(jk(p))}\n氏名：${PN(jn(p, '　'))}　生年月日：${DOB(jDob(r))}（${r.int(22, 60)}歳）\n現住所：〒${ZIP(zip)} ${AD(ad)}\n携帯電話：${PH(jaMobile(r))}　E-mail：${EM(jaMail(r, p))}\n勤務先：${r.pick(['株式会社杉山工務店', '西川総合病院', 'フォード自動車販売株式会社'])}　年収：${r.int(300, 900)}万円\n運転免許証番号：${L('jp_drivers_license', `${r.pick(['30', '44', '62'])}${r.digits(10)}`)}\n\n【連帯保証人】\n氏名：${PN(jn(g, ' '))}（続柄：${r.pick(['父', '母', '兄'])}）\n住所：〒${ZIP(gz)} ${AD(ga)}\n電話：${PH(jaFixed(r))}\n\n【家賃引落口座】${r.pick(['みずほ銀行', '三井住友銀行', 'りそな銀行'])} ${branch}（店番 ${r.digits(3)}）普通 ${L('jp_bank_account', r.digits(7))}\n仲介業者：${r.pick(['丸井不動産', '大京リアルド'])}　担当 ${PN(jp(r, [p, g]).sei)}\n`,
  );
}

function jaInsurance(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = jp(r);
  const b = jp(r, [p]);
  const [zip, ad] = jaAddr(r, { fwDigits: r.chance(0.5) });
  return doc(
    `ja-insurance-${seed}`,
    'ja_insurance_claim',
    `保険金・給付金請求書\n証券番号：${r.pick(['A', 'K'])}${r.digits(10)}\n\n被保険者\n　氏名（カナ）：${PN(hwKana(jk(p)))}\n　氏名：${PN(jn(p, ' '))}\n　生年月日：${DOB(jDob(r))}\n　住所：${ZIP(zip)}　${AD(ad)}\n　電話：${PH(jaMobile(r))}\n\n請求内容：入院給付金\n　${SEN(`傷病名：${r.pick(['急性心筋梗塞', '胃がん', 'うつ病', '脳梗塞', '腰椎椎間板ヘルニア'])}`)}\n　入院期間：2025年${r.int(1, 6)}月${r.int(1, 28)}日〜2025年${r.int(7, 12)}月${r.int(1, 28)}日\n　医療機関：${r.pick(['北村記念病院', '市立中央病院', '森本クリニック'])}\n\n受取人：${PN(jn(b))}（${r.pick(['配偶者', '本人の子'])}）\n振込先：${r.pick(['ゆうちょ銀行 〇一八店', '楽天銀行 第一営業支店', '横浜銀行 関内支店'])} 普通預金 口座番号 ${L('jp_bank_account', r.digits(7))}\n\n健康保険証　記号・番号：${L('jp_insurance_number', `${r.digits(4)} ${r.digits(3)}`)}\n`,
  );
}

function jaBank(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = jp(r);
  const [zip, ad] = jaAddr(r, { bldg: r.chance(0.4) });
  const mynum = mn(`${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`);
  const k = seed % 2;
  return doc(
    `ja-bank-${seed}`,
    'ja_bank_procedure',
    k === 0
      ? `住所・氏名変更届（銀行お届け事項変更）\nお取引店：${r.pick(['新宿支店', '梅田支店', '札幌支店'])}　科目：普通　口座番号：${L('jp_bank_account', r.digits(7))}\n旧姓：${PN(r.pick(['田村', '石井', '島田']))}\n新しいお名前：${PN(jn(p, '　'))}（${PN(jk(p, '　'))}）\n新住所：〒${ZIP(zip)}\n　　　　${AD(ad)}\n電話番号：${PH(jaFixed(r))}\n本人確認書類：マイナンバーカード（個人番号の記載部分は提出不要）\n受付者印：${PN(jp(r, [p]).sei)}\n`
      : `非課税口座開設届出書（NISA）\nお名前：${PN(jn(p, ' '))}　フリガナ：${PN(jk(p))}\n生年月日：${DOB(jDob(r))}\nご住所：${ZIP(zip)} ${AD(ad)}\n個人番号：${L('my_number', mynum)}\n証券口座番号：${r.digits(3)}-${r.digits(6)}\n申込日：2025年${r.int(1, 12)}月${r.int(1, 28)}日　受付番号：${r.digits(12)}\n`,
  );
}

function jaMixedEn(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = jp(r);
  const e = enPerson(r, r.pick(['US', 'SG', 'UK', 'AU'] as Country[]));
  return doc(
    `ja-mixed-${seed}`,
    'ja_en_mixed_mail',
    `${PN(e.first)}さん\n\nCC: ${PN(jn(p))}（東京オフィス）\n\nお世話になっております。Next week's visit schedule below.\n\n・来日日程: Nov ${r.int(10, 28)} (NH${r.int(100, 999)} arrives HND 06:${pad(r.int(10, 59))})\n・ホテル: ${r.pick(['パレスホテル東京', 'ANAインターコンチネンタル', 'ホテル椿山荘'])}\n・緊急連絡先: ${PN(p.sei)} ${PH(r.chance(0.5) ? jaMobile(r) : '+81 ' + r.pick(['90', '80']) + '-' + r.int(1, 9) + r.digits(3) + '-' + r.digits(4))}\n\nYour passport no. is needed for the building pass: please send it to ${EM('reception@' + r.pick(['example-shoji.co.jp', 'kitamura-denki.co.jp']))} (not to me).\n\nThanks,\n${PN(`${p.mei} ${p.sei}`)}\n${PH('+81-3-' + r.int(3, 6) + r.digits(3) + '-' + r.digits(4))}\n`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Hard negatives (no gold)

function negGen(seed: number): IndependentDoc {
  const r = new R(seed);
  const kind = seed % 14;
  const ean13 = () => {
    const b = '49' + r.digits(10);
    let s = 0;
    for (let k = 0; k < 12; k++) s += +b[k] * (k % 2 ? 3 : 1);
    return b + String((10 - (s % 10)) % 10);
  };
  const isbn = () => {
    const b = '978' + r.pick(['4', '0', '1']) + r.digits(8);
    let s = 0;
    for (let k = 0; k < 12; k++) s += +b[k] * (k % 2 ? 3 : 1);
    return b + String((10 - (s % 10)) % 10);
  };
  const t: string[] = [];
  switch (kind) {
    case 0:
      t.push(
        `{"version":"3.${r.int(0, 20)}.${r.int(0, 9)}","build":${r.digits(12)},"env":"prod","features":{"darkMode":true,"maxRetries":${r.int(2, 9)},"timeoutMs":${r.int(1000, 90000)}},"cdn":"https://cdn.example.net/a/${r.digits(8)}/app.min.js","sentryDsn":"https://${r.digits(8)}abcdef@o${r.digits(6)}.ingest.sentry.io/${r.digits(7)}","locales":["en-US","ja-JP","de-DE"],"hash":"${r.digits(10)}f${r.digits(13)}"}`,
      );
      break;
    case 1:
      t.push(
        `.card{display:flex;gap:12px;padding:0 16px}\n.card__title{font:600 14px/1.4 "Helvetica Neue",Arial,sans-serif;color:#1a1a1a}\n@media (max-width:768px){.grid{grid-template-columns:repeat(2,minmax(0,1fr))}}\n.btn-primary{background:#0b5fff;border-radius:4px;transition:all .2s cubic-bezier(.4,0,.2,1)}\n/* z-index scale: 1000 1010 1020 1030 */\n#app > div:nth-child(${r.int(2, 9)}) { margin: 0 auto; max-width: 1280px; }`,
      );
      break;
    case 2:
      t.push(
        `Traceback (most recent call last):\n  File "/srv/app/workers/billing.py", line ${r.int(10, 900)}, in charge\n    resp = client.post(url, json=payload, timeout=${r.int(5, 30)})\n  File "/usr/lib/python3.11/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.stripe.com', port=443): Max retries exceeded\n[2025-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${r.digits(3)}Z] ERROR pid=${r.int(1000, 65000)} req_id=${r.digits(16)} trace=${r.digits(12)}`,
      );
      break;
    case 3:
      t.push(
        `SELECT o.order_id, o.created_at, SUM(li.qty * li.unit_price) AS total\nFROM orders o JOIN line_items li ON li.order_id = o.order_id\nWHERE o.created_at BETWEEN '2025-01-01' AND '2025-03-31' AND o.store_id IN (${r.int(100, 999)}, ${r.int(100, 999)}, ${r.int(100, 999)})\nGROUP BY 1, 2 HAVING SUM(li.qty) > ${r.int(10, 99)} ORDER BY total DESC LIMIT 500;\n-- order_id ${r.digits(12)} was the outlier (refund batch ${r.digits(9)})`,
      );
      break;
    case 4: {
      const rows = [];
      for (let k = 0; k < 6; k++) rows.push(`${r.pick(['SKU', 'ITM'])}-${r.digits(6)},${ean13()},${r.pick(['Ford Ranger wiper blade', 'Morgan Stanley logo mug', 'Wendy lamp shade', 'Tesla coil kit (edu)', 'Graham crackers 400g', 'Mason jar 1L'])},${r.int(0, 500)},${r.int(1, 99)}.${r.digits(2)},${r.pick(['WH-Tokyo', 'WH-Osaka', 'DC-Newark'])}`);
      t.push(`sku,jan,name,stock,price,warehouse\n${rows.join('\n')}`);
      break;
    }
    case 5:
      t.push(
        `Consolidated statement of income (unaudited, in millions of USD)\n                         Q1 2025    Q4 2024    Q1 2024\nNet revenues           ${r.int(10000, 19999)}.${r.digits(1)}   ${r.int(10000, 19999)}.${r.digits(1)}   ${r.int(10000, 19999)}.${r.digits(1)}\nCompensation expense    ${r.int(5000, 8999)}.${r.digits(1)}    ${r.int(5000, 8999)}.${r.digits(1)}    ${r.int(5000, 8999)}.${r.digits(1)}\nEPS (diluted)              ${r.int(1, 3)}.${r.digits(2)}       ${r.int(1, 3)}.${r.digits(2)}       ${r.int(1, 3)}.${r.digits(2)}\nShares outstanding (000s) ${r.int(1500, 1700)},${r.digits(3)}\nSource: Morgan Stanley, Goldman Sachs filings; CUSIP 617446${r.digits(3)}`,
      );
      break;
    case 6:
      t.push(
        `Abstract. We measured the thermal conductivity of ${r.int(12, 48)} samples at 300 K (κ = ${r.int(1, 9)}.${r.digits(3)} ± 0.0${r.int(1, 9)} W m⁻¹ K⁻¹). The Debye temperature was 4${r.digits(2)} K and the Grüneisen parameter 1.${r.digits(2)}. Avogadro 6.02214076×10²³ mol⁻¹; Planck 6.62607015×10⁻³⁴ J s. Data DOI 10.${r.digits(4)}/zenodo.${r.digits(7)}. Samples were provided by Hoffmann-La Roche and the Curie Institute (Paris). n = ${r.int(100, 999)}, p < 0.001.`,
      );
      break;
    case 7:
      t.push(
        `Player            GP   MIN    PTS   REB   AST   FG%    3P%\nCeltics (home)    ${r.int(50, 82)}  ${r.int(30, 38)}.${r.digits(1)}  ${r.int(20, 30)}.${r.digits(1)}  ${r.int(5, 11)}.${r.digits(1)}   ${r.int(2, 7)}.${r.digits(1)}   .4${r.digits(2)}   .3${r.digits(2)}\nTeam totals       82   240.0  ${r.int(110, 124)}.${r.digits(1)} 44.${r.digits(1)}  26.${r.digits(1)}  .47${r.digits(1)}   .37${r.digits(1)}\nAttendance: 19,156 (TD Garden) · Box score ID ${r.digits(10)} · Season 2024-25`,
      );
      break;
    case 8:
      t.push(
        `東海道新幹線 時刻表（下り）\n列車名　　のぞみ${r.int(1, 99)}号　ひかり${r.int(500, 699)}号　こだま${r.int(700, 799)}号\n東京　発　${r.int(6, 9)}:${pad(r.int(0, 59))}　　${r.int(6, 9)}:${pad(r.int(0, 59))}　　${r.int(6, 9)}:${pad(r.int(0, 59))}\n品川　発　${r.int(6, 9)}:${pad(r.int(0, 59))}　　${r.int(6, 9)}:${pad(r.int(0, 59))}　　${r.int(6, 9)}:${pad(r.int(0, 59))}\n新大阪着　${r.int(9, 12)}:${pad(r.int(0, 59))}　 ${r.int(9, 12)}:${pad(r.int(0, 59))}　 ${r.int(10, 13)}:${pad(r.int(0, 59))}\n※お問い合わせはJR東海テレフォンセンターまで（6:00〜24:00）。運賃 ${r.int(13, 15)},${r.digits(3)}円。`,
      );
      break;
    case 9:
      t.push(
        `【プレスリリース】2025年${r.int(1, 12)}月${r.int(1, 28)}日\n株式会社丸井グループ、高島屋、松坂屋の3社は、共同ポップアップイベント「Japan Craft Week」を${r.pick(['東京ビッグサイト（東京都江東区）', 'インテックス大阪（大阪市住之江区）', 'ポートメッセなごや（名古屋市港区）'])}にて開催します。\n会期：${r.int(1, 12)}月${r.int(1, 28)}日〜${r.int(1, 28)}日　入場無料\n出展：本田技研工業、鈴木商店、山田養蜂場 ほか約${r.int(80, 200)}社\n本件に関する報道関係者のお問い合わせ：広報部（平日10時〜17時）\n証券コード：${r.int(1300, 9999)}（東証プライム）`,
      );
      break;
    case 10:
      t.push(
        `ご注文明細\n注文番号：${mn(r.digits(11))}\n商品：『${r.pick(['はじめてのTypeScript', '統計学入門', '京都ぶらり散歩'])}』 ISBN ${isbn()}\nJANコード：${ean13()}\n数量：1　小計：¥${r.int(1, 5)},${r.digits(3)}\nお届け予定日：${r.int(1, 12)}月${r.int(1, 28)}日\n配送伝票番号：${r.digits(4)}-${r.digits(4)}-${r.digits(4)}\nポイント：${r.int(10, 300)}pt（有効期限 2026/${r.int(1, 12)}/${r.int(1, 28)}）`,
      );
      break;
    case 11:
      t.push(
        `Product catalogue — Spring range\n"Elena" linen sofa, 3-seater, sand — £${r.int(900, 1999)}\n"Hudson" walnut side table — £${r.int(100, 399)}\n"Margaret" pendant light — £${r.int(60, 199)}\n"Lord Nelson" armchair in velvet — £${r.int(500, 999)}\nSerial range SN ${r.digits(4)}-${r.digits(3)}-${r.digits(4)} to SN ${r.digits(4)}-${r.digits(3)}-${r.digits(4)}; model code ${r.pick(['TK', 'MR', 'AB'])}${r.digits(7)}\nAvailable at Wendy's Home Outlet, Ford Street and Harrods (Knightsbridge). Catalogue ref ${luhn('6' + r.digits(15))}.`,
      );
      break;
    case 12:
      t.push(
        `2025-${pad(r.int(1, 12))}-${pad(r.int(1, 28))} 03:${pad(r.int(0, 59))}:${pad(r.int(0, 59))},${r.digits(3)} INFO  [http-nio-8080-exec-${r.int(1, 40)}] c.e.o.OrderController - POST /api/v2/orders/${luhn(r.digits(15))}/capture 200 ${r.int(10, 900)}ms\n2025-${pad(r.int(1, 12))}-${pad(r.int(1, 28))} 03:${pad(r.int(0, 59))}:${pad(r.int(0, 59))},${r.digits(3)} WARN  [scheduler-${r.int(1, 4)}] c.e.i.InventorySync - stale lock key=inv:${r.digits(10)} ttl=${r.int(30, 600)}s\n10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(0, 255)} - - [${r.int(1, 28)}/${r.pick(MON3)}/2025:03:${pad(r.int(0, 59))}:11 +0000] "GET /static/img/${r.digits(13)}.webp HTTP/2" 304 0`,
      );
      break;
    default:
      t.push(
        `Store locator — opening hours\nMcDonald's Shibuya Center-gai: 24h\nWendy's First Kitchen Ginza: 7:00–23:00\nTesla Showroom Aoyama: 11:00–19:00 (closed Wed)\n丸井 新宿本館: 11:00–20:00\n高島屋 日本橋店: 10:30–19:30\n松坂屋 上野店: 10:00–20:00\nParking validation code: ${r.digits(4)}-${r.digits(4)}-${r.digits(2)}; Wi-Fi SSID FREE_${r.digits(6)}; last updated v${r.int(1, 9)}.${r.int(0, 20)} (${r.digits(12)})`,
      );
  }
  return doc(`neg-gen-${seed}`, `neg_${['json_config', 'css', 'stack_trace', 'sql', 'stock_csv', 'financial_table', 'science', 'sports_stats', 'timetable', 'press_release', 'order_isbn_jan', 'product_catalogue', 'server_log', 'store_hours'][kind]}`, t.join('\n'));
}

// ---------------------------------------------------------------------------------------------------------------
// Second batch: more English and Japanese formats

function enTeams(seed: number): IndependentDoc {
  const r = new R(seed);
  const a = enPerson(r, r.pick(['IN', 'US', 'UK', 'SG'] as Country[]));
  const b = enPerson(r, r.pick(['IN', 'US', 'UK', 'AU'] as Country[]));
  const cu = enPerson(r);
  const t = () => `${r.int(1, 12)}/${r.int(1, 28)}/2025 ${r.int(1, 12)}:${pad(r.int(0, 59))} ${r.pick(['AM', 'PM'])}`;
  return doc(
    `en-teams-${seed}`,
    'en_chat_export',
    `[${t()}] ${PN(`${a.last}, ${a.first}`)}\nCustomer ${PN(full(cu))} called again about the duplicate charge. She gave her DOB as ${DOB(enDob(r, dobStyle(cu.c)))} for verification.\n\n[${t()}] ${PN(`${b.last}, ${b.first}`)}\nok. is the callback number still ${PH(enPhone(r, cu.c, true))}?\n\n[${t()}] ${PN(`${a.last}, ${a.first}`)}\nno, new one: ${PH(enPhone(r, cu.c))}. Case INC${r.digits(7)} / SLA breach at 17:00\n\n[${t()}] ${PN(`${b.last}, ${b.first}`)}\ngot it, I'll ping ${PN(r.pick(FIRST.US))} in finance. btw the ${r.pick(['Ford', 'Tesla', 'Morgan Stanley', 'Johnson & Johnson'])} renewal is on hold till Q2\n`,
  );
}

function enPhoneSheet(seed: number): IndependentDoc {
  const r = new R(seed);
  const rows: string[] = [];
  const cs: Country[] = ['US', 'UK', 'IE', 'AU', 'NZ', 'IN', 'SG', 'DE', 'FR', 'NL', 'ES', 'IT', 'CA'];
  for (let k = 0; k < r.int(4, 6); k++) {
    const c = r.pick(cs);
    const p = enPerson(r, c);
    rows.push(`| ${PN(full(p))} | ${c} | ${PH(enPhone(r, c, true))} | ${r.chance(0.5) ? EM(enEmail(r, p)) : '—'} | ${r.pick(['Ops', 'Sales', 'Legal', 'Finance'])} | ext ${r.int(100, 999)} |`);
  }
  return doc(
    `en-phones-${seed}`,
    'en_contact_sheet',
    `## Crisis call tree (rev ${r.int(1, 9)}, ${r.pick(MONTHS)} 2025)\nBridge line: conference ID ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}#\n\n| Name | Region | Mobile | Email | Team | Desk |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n\nEscalate to the duty manager after 15 minutes. Do not call the NOC hotline for password resets.\n`,
  );
}

function enInvoice(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = enPerson(r);
  const vend = r.pick(COMPANIES);
  return doc(
    `en-invoice-${seed}`,
    'en_invoice',
    `${vend.toUpperCase()}\nTAX INVOICE   No. ${r.digits(4)}-${r.digits(6)}   Date: ${r.int(1, 28)} ${r.pick(MON3)} 2025\nPO: ${luhn(r.digits(15))}   VAT reg: ${r.pick(['GB', 'IE', 'NL'])}${r.digits(9)}\n\nBill to:\n${PN(full(p))}\n${AD(enAddress(r, p.c))}\n${EM(enEmail(r, p))}\n\nQty  Description                         Unit      Total\n${r.int(1, 9)}    ${r.pick(['Tesla Powerwall install kit', 'Ford Transit roof rack', 'Wendy Wu tour deposit', 'Dell UltraSharp 27'])}   ${r.int(100, 999)}.00   ${r.int(1000, 4999)}.00\n1    Delivery (zone ${r.int(1, 9)})                     25.00     25.00\n\nPaid by card ending ${r.digits(4)} — auth ${r.digits(6)}\nQuestions: ${EM('accounts@' + r.pick(DOMAINS.slice(0, 10)))} quoting ref ${r.digits(10)}\n`,
  );
}

function enAutoClaim(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = enPerson(r, r.pick(['US', 'CA', 'AU', 'UK'] as Country[]));
  const o = enPerson(r, p.c);
  const w = enPerson(r, p.c);
  return doc(
    `en-claim-${seed}`,
    'en_insurance_letter',
    `FIRST NOTICE OF LOSS — Auto\nClaim #: ${r.pick(['AC', 'MV'])}-${r.digits(9)}   Policy #: ${r.digits(3)}-${r.digits(7)}-${r.digits(2)}\nInsured driver: ${PN(full(p))}   DOB: ${DOB(enDob(r, dobStyle(p.c)))}\nAddress: ${AD(enAddress(r, p.c))}\nBest contact: ${PH(enPhone(r, p.c))} / ${EM(enEmail(r, p))}\nVehicle: ${r.int(2015, 2024)} ${r.pick(['Ford Escape', 'Tesla Model Y', 'Toyota RAV4', 'Honda Civic'])}  VIN 1FM${r.digits(5)}K${r.digits(8)}\n\nDescription: rear-ended at a red light on ${r.pick(['Lincoln Ave', 'Bay Street', 'Parramatta Rd'])}. Other driver ${PN(full(o))} admitted fault; witness ${PN(full(w))} (${PH(enPhone(r, p.c))}).\nInjuries: ${SEN(r.pick(['insured treated at ER for whiplash', 'passenger suffered a fractured wrist', 'insured reports concussion symptoms']))}.\nPolice report no. ${r.digits(8)}\nAdjuster: ${PN(full(enPerson(r, 'US')))}\n`,
  );
}

function enResume(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = enPerson(r);
  return doc(
    `en-cv-${seed}`,
    'en_resume',
    `${PN(full(p).toUpperCase())}\n${AD(enAddress(r, p.c))} · ${PH(enPhone(r, p.c, true))} · ${EM(enEmail(r, p))}\nlinkedin.com/in/${slug(p.first)}-${slug(p.last)}-${r.digits(3)}\n\nPROFILE\n${r.pick(['Supply-chain analyst', 'Full-stack developer', 'Registered nurse', 'Chartered accountant'])} with ${r.int(3, 15)} years of experience at ${r.pick(['Ford Motor Company', 'Morgan Stanley', "McDonald's Corporation", 'Tesla, Inc.'])} and ${r.pick(COMPANIES)}.\n\nEXPERIENCE\n${r.int(2015, 2020)}–present  ${r.pick(COMPANIES)} — reduced stock-outs by ${r.int(10, 40)}%\n${r.int(2010, 2014)}–${r.int(2015, 2019)}  ${r.pick(['Deloitte', 'Accenture', 'Infosys'])} — ${r.int(12, 60)}-person team\n\nREFERENCES\n${PN(full(enPerson(r, p.c)))}, former line manager — ${PH(enPhone(r, p.c))}\n`,
  );
}

function enIntake(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = enPerson(r, r.pick(['US', 'US', 'CA', 'AU', 'SG', 'IN'] as Country[]));
  const ec = enPerson(r, p.c);
  return doc(
    `en-intake-${seed}`,
    'en_patient_intake',
    `PATIENT REGISTRATION\nPatient name: ${PN(`${p.last}, ${p.first}`)}\nDate of birth: ${DOB(enDob(r, p.c === 'US' ? 'us' : r.pick(['intl', 'iso'] as const)))}   Sex: ${r.pick(['F', 'M', 'X'])}\nAddress: ${AD(enAddress(r, p.c))}\nCell: ${PH(enPhone(r, p.c))}\n${p.c === 'US' ? `SSN (optional): ${L('us_ssn', ssn(r))}\n` : ''}Insurance: ${r.pick(['Aetna PPO', 'Blue Cross', 'Bupa', 'Medibank'])}  Member ${r.pick(['W', 'H'])}${r.digits(9)}\nEmergency contact: ${PN(full(ec))} ${PH(enPhone(r, p.c))}\n\nMEDICAL HISTORY (check all that apply)\n${SEN(`Conditions: ${r.pick(['epilepsy, asthma', 'bipolar disorder', 'hepatitis C', 'type 1 diabetes, celiac disease'])}`)}\n${SEN(`Allergies / medications: ${r.pick(['penicillin; lamotrigine 200 mg', 'none; lithium 300 mg', 'latex; insulin glargine'])}`)}\nPharmacy: ${r.pick(['Walgreens #', 'CVS #', 'Boots '])}${r.digits(5)}\nForm ID ${r.digits(12)} · printed ${r.int(1, 12)}/${r.int(1, 28)}/2025\n`,
  );
}

function jaSlack(seed: number): IndependentDoc {
  const r = new R(seed);
  const a = jp(r);
  const b = jp(r, [a]);
  const c = jp(r, [a, b]);
  const na = `${hira(a.seiK).slice(0, 2)}りん`;
  const t = () => `${r.int(9, 19)}:${pad(r.int(0, 59))}`;
  return doc(
    `ja-slack-${seed}`,
    'ja_slack_chat',
    `#sales-kansai\n${PN(jn(a, ' '))} ${t()}\n今日の${r.pick(['丸井', '高島屋', '松坂屋'])}さんの商談、${PN(jn(c))}さんの携帯にかけても出ないので誰か代わりに連絡つきます？ ${PH(jaMobile(r))}\n\n${PN(b.mei)} (${PN(b.seiK)}) ${t()}\n@${PN(na)} 了解、私からメールします。宛先 ${EM(jaMail(r, c))} でOK？\n\n${PN(jn(a, ' '))} ${t()}\nOK！あと${PN(c.sei)}さん、来週から${SEN(r.pick(['がんの手術で入院', '手術で入院', '病気療養（うつ病）']))}に入るらしいので後任確認も:bow:\n\n${PN(b.mei)} (${PN(b.seiK)}) ${t()}\nlgtm 👍 deal ID 00${r.digits(6)}、見積Ver.${r.int(2, 5)}に更新済み\n`,
  );
}

function jaHrOnboarding(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = jp(r);
  const f = jp(r, [p]);
  const [zip, ad] = jaAddr(r, { bldg: r.chance(0.5), fwDigits: r.chance(0.3) });
  return doc(
    `ja-hr-${seed}`,
    'ja_hr_onboarding',
    `入社手続き書類チェックリスト（${PN(jn(p, ' '))}さん分）\n\n■本人情報\nふりがな：${PN(hira(jk(p, ' ')))}\n生年月日：${DOB(jDob(r))}\n住所：〒${ZIP(zip)} ${AD(ad)}\n緊急連絡先：${PN(jn(f))}（${r.pick(['母', '父', '配偶者'])}） ${PH(jaMobile(r))}\n\n■社会保険\n基礎年金番号：${L('jp_pension_number', `${r.digits(4)}-${r.digits(6)}`)}\n雇用保険被保険者番号：${L('jp_insurance_number', `${r.digits(4)}-${r.digits(6)}-${r.digits(1)}`)}\nマイナンバー：${L('my_number', mn(`${r.digits(4)}-${r.digits(4)}-${r.digits(3)}`))}（番号確認書類：通知カード写し）\n\n■給与振込口座\n${r.pick(['三菱UFJ銀行 池袋支店', 'ゆうちょ銀行 〇二八支店', '京都銀行 四条支店'])} 普通 ${L('jp_bank_account', r.digits(7))}\n\n■配慮事項\n${r.chance(0.5) ? SEN(r.pick(['身体障害者手帳 3級（聴覚）', '精神障害者保健福祉手帳 2級', '療育手帳あり'])) : '特になし'}\n\n担当：人事部 ${PN(jp(r, [p, f]).sei)}\n`,
  );
}

function jaForeignStaff(seed: number): IndependentDoc {
  const r = new R(seed);
  const [ef, el, ec, kana] = r.pick([
    ['Priya', 'Raman', 'IN', 'プリヤ・ラマン'],
    ['Lukas', 'Schröder', 'DE', 'ルーカス・シュレーダー'],
    ['Camille', 'Lefèvre', 'FR', 'カミーユ・ルフェーブル'],
    ['Jennifer', 'Whitaker', 'US', 'ジェニファー・ウィテカー'],
    ['Jun Jie', 'Tan', 'SG', 'ジュンジエ・タン'],
    ['Aditya', 'Kulkarni', 'IN', 'アディティヤ・クルカルニ'],
  ] as const);
  const e: EnP = { first: ef, last: el, c: ec };
  const m = jp(r);
  const rc = `${r.pick(['AB', 'UH', 'EQ'])}${r.digits(8)}${r.pick(['CD', 'FJ', 'ZA'])}`;
  const pp = `${r.pick(['TK', 'MZ', 'TR'])}${r.digits(7)}`;
  const [zip, ad] = jaAddr(r, { bldg: true });
  return doc(
    `ja-foreign-${seed}`,
    'ja_en_mixed_form',
    `外国人従業員 登録票 / Foreign Employee Registration\n氏名 Name: ${PN(full(e).toUpperCase())}\nカタカナ: ${PN(kana)}\n国籍 Nationality: ${{ IN: 'India', DE: 'Germany', FR: 'France', US: 'U.S.A.', SG: 'Singapore' }[ec]}\n在留カード番号 Residence card no.: ${L('jp_residence_card', rc)}\n在留期限: 202${r.int(6, 9)}年${r.int(1, 12)}月${r.int(1, 28)}日\n旅券番号 Passport No.: ${L('jp_passport', pp)}\n住所 Address: 〒${ZIP(zip)} ${AD(ad)}\nMobile: ${PH(jaMobile(r))}\nE-mail: ${EM(enEmail(r, e))}\n受入担当 Supervisor: ${PN(jn(m))}\n社員番号 Employee No.: ${r.digits(8)}\n`,
  );
}

function jaReferral(seed: number): IndependentDoc {
  const r = new R(seed);
  const p = jp(r);
  const dr = jp(r, [p]);
  const to = jp(r, [p, dr]);
  return doc(
    `ja-referral-${seed}`,
    'ja_medical_referral',
    `診療情報提供書\n\n${r.pick(['市立中央病院', '北村記念病院', '大学病院'])} ${r.pick(['循環器内科', '精神科', '消化器内科'])}\n${PN(jn(to, ' '))} 先生 御侍史\n\n患者氏名：${PN(jn(p, '　'))}（${PN(jk(p, '　'))}）　${r.pick(['男', '女'])}\n生年月日：${DOB(jDob(r))}\n住所：${AD(jaAddr(r)[1])}\n電話：${PH(jaFixed(r))}\n\n${SEN(`傷病名：${r.pick(['2型糖尿病、高血圧症', '双極性障害', '慢性C型肝炎', '狭心症の疑い'])}`)}\n紹介目的：精査加療のお願い\n${SEN(`既往歴：${r.pick(['虫垂炎（20歳時手術）', '脳梗塞（2019年）', 'なし'])}`)}\n${SEN(`処方：${r.pick(['アムロジピン5mg 1錠 朝食後', 'メトホルミン500mg 2錠', 'リチウム200mg'])}`)}\n\n${r.pick(['もりもと内科クリニック', 'ひらのクリニック'])}　医師 ${PN(jn(dr, ' '))}\nTEL ${PH(jaFixed(r))}　FAX ${PH(jaFixed(r))}\n`,
  );
}

function negGen2(seed: number): IndependentDoc {
  const r = new R(seed);
  const kind = seed % 10;
  const ean = (pre: string) => {
    const b = pre + r.digits(12 - pre.length);
    let s = 0;
    for (let k = 0; k < 12; k++) s += +b[k] * (k % 2 ? 3 : 1);
    return b + String((10 - (s % 10)) % 10);
  };
  const styles = ['html', 'kessan_table', 'jan_pricelist', 'bibliography', 'serials', 'weather', 'k8s_yaml', 'travel_guide', 'lab_results_aggregate', 'package_lock'];
  let t = '';
  switch (kind) {
    case 0:
      t = `<div class="product-card" data-sku="${r.digits(8)}" data-price="${r.int(1000, 9999)}">\n  <img src="/img/p/${r.digits(13)}.jpg" alt="Ford Bronco 1:24 scale" width="320" height="240">\n  <h3 class="name">Wendy's Classic Tee</h3>\n  <span class="tel-icon" aria-hidden="true"></span><a href="#support">Support</a>\n  <script>window.__STATE__={"cart":{"id":"${r.digits(12)}","items":${r.int(1, 9)}},"ts":${r.digits(13)}}</script>\n</div>`;
      break;
    case 1:
      t = `2025年3月期 決算短信〔日本基準〕（連結）\n　　　　　　売上高　　　営業利益　　経常利益　　親会社株主に帰属する当期純利益\n　　　　　　百万円　　％　百万円　　％\n2025年3月期　${r.int(100, 999)},${r.digits(3)}　${r.int(1, 9)}.${r.int(0, 9)}　${r.int(10, 99)},${r.digits(3)}　${r.int(1, 20)}.${r.int(0, 9)}\n2024年3月期　${r.int(100, 999)},${r.digits(3)}　${r.int(1, 9)}.${r.int(0, 9)}　${r.int(10, 99)},${r.digits(3)}　△${r.int(1, 9)}.${r.int(0, 9)}\n1株当たり当期純利益　${r.int(100, 400)}.${r.digits(2)}円　発行済株式数 ${r.int(100, 900)},${r.digits(3)},${r.digits(3)}株\n（注）丸井グループ・高島屋との業務提携に係る費用 ${r.int(1, 9)},${r.digits(3)}百万円を含む。`;
      break;
    case 2: {
      const rows: string[] = [];
      for (let k = 0; k < 6; k++) rows.push(`${ean('49')}\t${r.pick(['松坂屋オリジナル 羊羹', '丸井 限定トート', '高島屋 ローズ柄ハンカチ', '山田養蜂場 はちみつ', '鈴木のり 焼海苔'])}\t${r.int(200, 3000)}円\t在庫 ${r.int(0, 99)}`);
      t = `JANコード\t商品名\t売価\t在庫\n${rows.join('\n')}\n発注締切：毎週${r.pick(['月', '水', '金'])}曜 15:00（EDI 取引先コード ${r.digits(6)}）`;
      break;
    }
    case 3:
      t = `参考文献\n[1] Tanaka, Suzuki. Proc. ACL 2021, pp. ${r.int(100, 999)}–${r.int(1000, 1200)}. ISBN ${ean('9784')}.\n[2] 『統計的学習の基礎』共立出版, 2014. ISBN ${ean('9784')}\n[3] Knuth, D. E. The Art of Computer Programming, Vol. 2. ISBN ${ean('9780')}\n[4] arXiv:${r.int(1800, 2412)}.${r.digits(5)}v${r.int(1, 3)}`;
      break;
    case 4:
      t = `Warranty registration — serials received this week\nSN: 090-${r.digits(4)}-${r.digits(4)}-A\nSN: 080-${r.digits(4)}-${r.digits(4)}-B\nModel: ${r.pick(['XR', 'KD', 'FX'])}-${r.digits(4)}  Lot 0120-${r.digits(3)}-${r.digits(3)}\nFirmware 2.${r.int(0, 9)}.${r.int(0, 99)} build ${r.digits(12)}\nIMEI-like test value 35${r.digits(13)} (lab unit, not shipped)`;
      break;
    case 5:
      t = `気象データ（東京）2025年${r.int(1, 12)}月\n日\t気温(℃)\t降水量(mm)\t湿度(%)\t気圧(hPa)\n${Array.from({ length: 5 }, (_, k) => `${k + 1}\t${r.int(0, 30)}.${r.int(0, 9)}\t${r.int(0, 40)}.${r.int(0, 9)}\t${r.int(30, 95)}\t10${r.int(0, 2)}${r.int(0, 9)}.${r.int(0, 9)}`).join('\n')}\n観測地点番号 ${r.digits(5)}　出典：気象庁`;
      break;
    case 6:
      t = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: payments-api\n  labels: { app: payments, tier: backend }\nspec:\n  replicas: ${r.int(2, 8)}\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/payments:${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}-${r.digits(7)}\n          ports: [{ containerPort: 8080 }]\n          env: [{ name: CARD_VAULT_URL, value: "https://vault.internal:8200" }, { name: TIMEOUT_MS, value: "${r.int(1000, 9000)}" }]`;
      break;
    case 7:
      t = `週末おでかけガイド：${r.pick(['京都府の嵐山', '長野県松本市の松本城', '北海道の小樽運河', '神奈川県の鎌倉'])}\n朝は${r.pick(['渡月橋', '大手門', '運河プラザ', '鶴岡八幡宮'])}から散策スタート。駅から徒歩約${r.int(5, 20)}分。ランチは「${r.pick(['山田屋', '佐藤食堂', '鈴木茶屋'])}」の名物そばがおすすめ（${r.int(900, 1800)}円）。\nアクセス：東京駅から約${r.int(1, 3)}時間${r.int(0, 59)}分。入場料 大人${r.int(300, 800)}円／小人${r.int(100, 300)}円。駐車場 ${r.int(20, 200)}台。`;
      break;
    case 8:
      t = `Quarterly quality report — Clinic network (aggregate, no patient identifiers)\nHbA1c < 7.0%: ${r.int(40, 70)}.${r.int(0, 9)}% of ${r.int(1000, 5000)} diabetic patients\nDepression screening (PHQ-9) completed: ${r.int(60, 95)}%\nFlu vaccination rate: ${r.int(40, 80)}%\nReadmissions within 30 days: ${r.int(5, 15)}.${r.int(0, 9)}%\nSites: Riverside, Harbour, Northside. Report ID QR-${r.digits(10)}`;
      break;
    default:
      t = `{\n  "name": "web-app",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/tesla-api": { "version": "${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}", "integrity": "sha512-${r.digits(20)}Zq==" },\n    "node_modules/wendy": { "version": "0.${r.int(1, 9)}.${r.int(0, 9)}", "license": "MIT" },\n    "node_modules/ford": { "version": "${r.int(1, 3)}.0.${r.int(0, 9)}", "resolved": "https://registry.npmjs.org/ford/-/ford-1.0.${r.int(0, 9)}.tgz" }\n  }\n}`;
  }
  return doc(`neg-gen2-${seed}`, `neg_${styles[kind]}`, t);
}

/** Hand-written documents: mixed real data and look-alikes. */
function handWritten3(): IndependentDoc[] {
  const d: IndependentDoc[] = [];
  d.push(
    doc(
      'en-hand-1',
      'en_support_thread',
      `On Tue, 14 Oct 2025 at 09:12, ${PN('Siobhan Ashworth')} <${EM('s.ashworth@harbourview.co.uk')}> wrote:\n> Hi team, the tenant at ${AD('Flat 3, 27 Hope Street, Liverpool L1 9BP')} says the boiler is still broken.\n> Her number is ${PH('07700 900461')}.\n\nHi ${PN('Siobhan')},\n\nEngineer booked for Thursday AM (job ref 4410-2231-9087). I've texted ${PN('Mrs Pemberton')} to confirm.\n\n${PN('Gareth')}\nHarbourview Lettings Ltd · Company No. 08814455 · ${PH('0151 496 0732')}\n`.replace(`${PN('Mrs Pemberton')}`, `Mrs ${PN('Pemberton')}`),
    ),
  );
  d.push(
    doc(
      'en-hand-2',
      'en_card_data',
      `Order notes (Shopify)\nOrder #1049-2231 · Customer: ${PN('Brianna Okafor')}\nGift message: "Happy birthday Mom! — love, ${PN('Bri')} & ${PN('DeShawn')}"\nShipping: ${AD('4810 Peachtree Rd NE, Apt 12C, Atlanta, GA 30319')}\nPhone: ${PH('+1 404-555-0187')}\nPayment: Amex ${L('credit_card', luhn('3782 822463 1000'))}\nGift card applied: 6006 4912 3456 7890 (store credit, not a payment card)\nCoupon: WENDYS-FREEFRIES-2025\n`,
    ),
  );
  d.push(
    doc(
      'en-hand-3',
      'en_email_signature',
      `--\n${PN('Rohan Deshpande')} | Director, Strategic Accounts\nVantage Soft Pvt Ltd\n${AD('4th Floor, Tower B, Embassy Tech Village, Outer Ring Road, Bengaluru 560103')}\nOffice ${PH('+91 80 4718 2200')} | Mobile ${PH('+91 98451 20934')}\n${EM('rohan.d@vantagesoft.in')}\nCIN: U72200KA2009PTC049871 | GSTIN 29AABCV1234F1Z5\nPlease consider the environment before printing this email.\n`,
    ),
  );
  d.push(
    doc(
      'en-hand-4',
      'en_chat_export',
      `WhatsApp Chat with ${PN('Tahlia Nicholls')}\n12/09/2025, 8:41 pm - ${PN('Tahlia Nicholls')}: hey it's ${PN('Tahlia')} from the strata committee, this is my new number\n12/09/2025, 8:42 pm - ${PN('Hamish Henderson')}: no worries, saved. the plumber is ${PN('Brodie')} – ${PH('0412 887 301')}\n12/09/2025, 8:45 pm - ${PN('Tahlia Nicholls')}: legend. also levy notice says BSB 062-000 acct 1234 5678, is that right?? looks dodgy\n12/09/2025, 8:47 pm - ${PN('Hamish Henderson')}: nah ignore that, scam. real details are on the portal\n12/09/2025, 8:47 pm - ${PN('Hamish Henderson')}: <Media omitted>\n`,
    ),
  );
  d.push(
    doc(
      'en-hand-5',
      'en_hr_onboarding',
      `Background check result — CONFIDENTIAL\nCandidate: ${PN('Marcus Delgado')}   DOB: ${DOB('07/22/1989')}\nSSN: ${L('us_ssn', '219-47-6630')}\nCriminal history: ${SEN('misdemeanor conviction (DUI), 2014, Travis County TX')}\nEmployment verification: Tesla Inc. (2016–2021) — confirmed by ${PN('Lauren Pearson')}, HR\nEducation: UT Austin, BBA 2011 — confirmed\nReport ID 9X4-22-1187-0045 · Ordered by ${PN('Kevin Brennan')}\n`,
    ),
  );
  d.push(
    doc(
      'en-hand-6',
      'en_payment_instruction',
      `Supplier bank change request — REJECTED (suspected BEC)\nRequested by: "${PN('Annika Brandt')}" <${EM('annika.brandt@blauwe-haven-nl.com')}>\nNew IBAN supplied: ${L('iban', iban('NL', 'RABO0123456789'))}\nOn-file IBAN: ${L('iban', iban('DE', '500105175407324931'))}\nCall-back to known number ${PH('+49 30 20456781')} confirmed no change was requested.\nCase owner: ${PN('Joris Visser')}, AP team · Ref BEC-2025-0193\n`,
    ),
  );
  d.push(
    doc(
      'en-hand-7',
      'en_shipping_notice',
      `DHL Express — Delivery attempted\nShipment 1234567890 could not be delivered to ${PN('C. Rousseau')} at ${AD('18 rue de Rivoli, 75004 Paris')}.\nNext attempt: Wed 10:00–14:00. Reschedule at dhl.com with PIN 4829.\nCustoms duty due: EUR 23.40\nSender: Atelier Lumière SARL, Lyon · ${PH('+33 4 72 10 44 80')}\n`,
    ),
  );
  d.push(
    doc(
      'en-hand-8',
      'en_crm_record',
      `Lead: ${PN('Wendy Ford')} — VP Procurement, Morgan Stanley (NY)\nSource: LinkedIn InMail · Owner ${PN('Ashley Kowalski')}\nNote: not to be confused with the Wendy's / Ford accounts. Prefers email ${EM('wendy.ford@ms-example.com')}; assistant ${PN('Trevor')} on ${PH('(212) 555-0142')}.\nNext step: demo on 3/4 at 2pm ET. Deal value $48,000 ARR.\n`,
    ),
  );
  d.push(
    doc(
      'ja-hand-1',
      'ja_call_transcript',
      `【通話メモ】2025/11/02 15:40　担当：${PN('安藤')}\n顧客：${PN('宮崎咲良')}様（${PN('ミヤザキ サクラ')}）\n用件：カードの不正利用の疑い。身に覚えのない「TESLA」「WENDYS」での決済 2件。\n確認：カード番号下4桁 4821、有効期限 08/28。${PN('宮崎')}様ご本人と確認済み（生年月日 ${DOB('1991年4月17日')}）。\n対応：カード利用停止、再発行手配。再発行カードは登録住所（${AD('神奈川県横浜市中区山下町2-14-7')}）へ簡易書留で送付。\n折返し先：${PH('080-4417-2950')}\n備考：${SEN('警察への被害届')}は${PN('宮崎')}様ご自身で提出予定（受理番号未定）。\n`,
    ),
  );
  d.push(
    doc(
      'ja-hand-2',
      'ja_minutes',
      `商談メモ（English/日本語）\nAttendees: ${PN('Priya Raman')} (Meridian Pay), ${PN('古川亮')}, ${PN('杉山')}\n- ${PN('Priya')} asked about 法人番号 for KYC → ${L('corporate_number', corp('010401095432'))} を送付済み\n- 請求先：〒${ZIP('100-0005')} ${AD('東京都千代田区丸の内1-6-5 丸の内北口ビル 9F')}\n- 次回 MTG: 11/20 (Thu) 10:00 JST / 09:00 SGT\n- ${PN('杉山')}さん：契約書ドラフト v0.3 を ${EM('legal@meridianpay.sg')} に送る\n`,
    ),
  );
  d.push(
    doc(
      'ja-hand-3',
      'ja_survey_free_text',
      `お客様の声（店舗アンケートより抜粋・原文ママ）\n・「マルイのカードで払えるようにして」（30代女性）\n・「高島屋の包装紙がかわいい」（60代女性）\n・「担当の${PN('今井')}さんに何度も助けてもらった。${PN('今井')}さんによろしく」（40代男性）\n・「${SEN('車椅子')}なので入口のスロープを広げてほしい」（70代男性　${PN('野口浩二')}）\n・「ポイントカード番号 9801 2345 6789 が使えない」（20代）\n`,
    ),
  );
  d.push(
    doc(
      'ja-hand-4',
      'ja_bank_procedure',
      `相続手続依頼書\n被相続人：${PN('丸山 弘子')}（${DOB('昭和12年3月5日')}生）\n最後の住所：${AD('京都府京都市中京区恵比須町534-3')}\n相続人代表：${PN('丸山 勝')}　続柄：長男\n連絡先：${PH('075-221-6630')}\n取引口座：京都銀行 本店営業部 普通 ${L('jp_bank_account', '3012846')}、定期 ${L('jp_bank_account', '0088213')}\n添付：戸籍謄本（${SEN('本籍：京都府京都市左京区')}）、印鑑証明書\n受付：${PN('平野')}（お客様サービス課）\n`,
    ),
  );
  d.push(
    doc(
      'neg-hand-1',
      'neg_press_release',
      `FOR IMMEDIATE RELEASE\nFord and Tesla announce charging partnership\nDEARBORN, Mich. — Ford Motor Company (NYSE: F) today said owners of the Mustang Mach-E and F-150 Lightning will gain access to more than 12,000 Superchargers across the US and Canada. "This is a big step," the company said in a statement. Tesla, Inc. (NASDAQ: TSLA) is headquartered in Austin, Texas. McDonald's, Wendy's and Morgan Stanley were not involved.\nMedia contacts: see the newsroom at corporate.ford.com.\n###`,
    ),
  );
  d.push(
    doc(
      'neg-hand-2',
      'neg_timetable',
      `Route 38 — Weekday timetable (valid from 1 Dec 2025)\nStop                 06:05  06:35  07:05  07:20  07:35\nWendy Street         06:09  06:39  07:09  07:24  07:39\nFord Road Station    06:17  06:47  07:17  07:32  07:47\nKing George Hospital 06:28  06:58  07:28  07:43  07:58\nFare zone 3 · Service code 0412 555 (lost property)\nTrip IDs: 4111-1111-1111-1111 (test), 5500 0000 0000 0004 (test)`,
    ),
  );
  d.push(
    doc(
      'neg-hand-3',
      'neg_brand_list',
      `ブランド別売上ランキング（10月）\n1位 マクドナルド　2位 ウェンディーズ　3位 ケンタッキー\n4位 ミスタードーナツ　5位 モスバーガー\n百貨店：丸井、高島屋、松坂屋、大丸、三越伊勢丹\n自動車：フォード、テスラ、本田技研工業、スズキ\n前年比 112.4%／客数 1,204,551人／客単価 1,187円\n集計ID：2025-10-000184729`,
    ),
  );
  d.push(
    doc(
      'neg-hand-4',
      'neg_order_numbers',
      `Order lookup — internal test fixtures (synthetic, no customers)\norder_no        status     total\n4532015112830366   paid     $19.99\n123456789018     shipped   ¥4,980\n4011001098993    refunded  €12.00\n2025-1104-7731   pending   $0.00\nNote: order numbers above pass Luhn / check digits by coincidence of the test generator.`,
    ),
  );
  d.push(
    doc(
      'ja-hand-5',
      'ja_line_chat',
      `【グループ】PTA役員 2025\n${PN('ゆみ')}: 来週の資料、印刷お願いできる人いますか？\n${PN('まりこ')}: はーい、私やります！\n${PN('ゆみ')}: ありがとう〜 ${PN('森本')}さんのところ、お子さん${SEN('喘息で入院')}してたけど大丈夫かな\n${PN('まりこ')}: 昨日退院したって！お見舞いは不要とのこと\n${PN('ゆみ')}: よかった🙏 会計の${PN('北村')}さんの口座、${L('jp_bank_account', '1184620')}（ゆうちょ 記号番号じゃない方）で合ってる？\n${PN('まりこ')}: それで合ってる。振込期限は15日ね\n`,
    ),
  );
  d.push(
    doc(
      'ja-hand-6',
      'ja_real_estate_form',
      `重要事項説明書（抜粋）\n取引態様：媒介　宅地建物取引士：${PN('高野 蓮')}（登録番号 東京 第123456号）\n物件所在地：${AD('東京都世田谷区桜新町二丁目1104番3')}\n売主：${PN('杉山 奈緒')}　住所：${AD('神奈川県川崎市中原区小杉町3-264-2 プラウドタワー1803')}\n買主：${PN('福田 修')}　連絡先 ${PH('090-5512-8830')}\n手付金：金3,000,000円（振込先 りそな銀行 自由が丘支店 普通 ${L('jp_bank_account', '1729304')} 名義 ${PN('スギヤマ ナオ')}）\n宅建業者：株式会社丸井ハウジング　法人番号 ${L('corporate_number', corp('011001042211'))}\n`,
    ),
  );
  d.push(
    doc(
      'ja-hand-7',
      'ja_insurance_claim',
      `事故受付票（自動車保険）\n受付日時：2025/10/08 21:14　受付者：${PN('丸山')}\n契約者：${PN('新井 拓也')}（${PN('アライ タクヤ')}）　証券番号 60-2291184-03\n事故日時：10/08 19:50頃　場所：愛知県豊田市元町付近の交差点（国道248号）\n相手方：${PN('今井 恵')}様（${PH('0565-28-4417')}）\n負傷：${SEN('相手方が首の痛みを訴え救急搬送')}\n警察届出：豊田警察署　届出済\n車両：トヨタ プリウス（豊田 300 さ 12-34）\n`,
    ),
  );
  d.push(
    doc(
      'ja-hand-8',
      'ja_minutes',
      `1on1メモ（非公開）\n対象：${PN('北村 陽向')}　面談者：${PN('岩崎')}\n・最近、残業が月60時間を超えている。${PN('北村')}さん本人から${SEN('不眠とメンタル不調の訴え')}あり。\n・産業医面談を調整（${PN('桑原')}先生、11/12）\n・業務の一部を${PN('古川')}さんへ移管予定\n・次回：2週間後\n※本メモは人事部限定。丸井・高島屋案件の担当替えは別途連絡。\n`,
    ),
  );
  d.push(
    doc(
      'ja-hand-9',
      'ja_address_list',
      `喪中はがき 送付先（2025年）\n${ZIP(fw('980-0811'))}　${AD(fw('宮城県仙台市青葉区一番町3-7-1'))}　${PN('菅原 健吾')}・${PN('恵')} 様\n${ZIP('420-0857')}　${AD('静岡県静岡市葵区御幸町11-30 エクセルワード静岡ビル3F')}　${PN('矢野 勝')} 様\n${ZIP('900-0015')}　${AD('沖縄県那覇市久茂地一丁目1番1号')}　${PN('荒木')} 様方 ${PN('松尾 結衣')} 様\n（計3件／印刷：はがき郵便局窓口 10/30）\n`,
    ),
  );
  d.push(
    doc(
      'ja-hand-10',
      'ja_call_transcript',
      `Call log (bilingual support desk) 2025-11-04\nCaller: ${PN('Chiara Romano')} (Italian, speaks English) · Hotel: パレスホテル東京 room 1412\nIssue: lost wallet in taxi. Cards: Visa ${L('credit_card', luhn('4929 3812 7740 551'))}, JCB ${L('credit_card', luhn('3566 0020 2036 060'))} — advised to call issuers.\nPolice: 丸の内警察署 遺失届 受理番号 第2025-1104号\n折返し：${PH('+39 347 201 8840')}（roaming）または ${PH('03-3211-5211')}（hotel main line）\nOperator: ${PN('西川')}\n`,
    ),
  );
  d.push(
    doc(
      'en-hand-9',
      'en_hr_onboarding',
      `Subject: Visa paperwork for ${PN('Arjun Iyer')}\n\nHi ${PN('Poppy')},\n\nFor the Japan assignment we need ${PN('Arjun')}'s passport bio page (scan in the shared drive, not by email), his Certificate of Eligibility and the Tokyo flat contract (${AD('東京都渋谷区神南1-12-16 ウィン青山 902')}).\nHis emergency contact in Pune is ${PN('Lakshmi Iyer')}, ${PH('+91 98220 41735')}.\nPlease don't forward his ${SEN('medical clearance (hepatitis B carrier)')} outside HR.\n\nThanks,\n${PN('Callum Bancroft')}\nGlobal Mobility\n`,
    ),
  );
  d.push(
    doc(
      'en-hand-10',
      'en_support_thread',
      `From: ${EM('noreply@status.brightlane.io')}\nSubject: [Resolved] Incident INC-20251030-4471: elevated API error rates\n\nBetween 13:02 and 13:47 UTC, requests to api.brightlane.io returned HTTP 503. Root cause: a failed disk on db-replica-3. No customer data was lost.\n\n> On Thu, 30 Oct 2025 at 13:20, ${PN('Kayla Brennan')} <${EM('kayla@tallpine.ca')}> wrote:\n> > Our checkout is down, call me at ${PH('(604) 555-0178')} ASAP\n\nThanks for your patience,\nThe Brightlane Reliability Team\n`,
    ),
  );
  d.push(
    doc(
      'en-hand-11',
      'en_crm_record',
      `Customer 360 — ${PN('Nurul Binte Rahman')}\nSegment: Priority Banking (SG)\nNRIC: S****567D (masked) · DOB ${DOB('1984-02-29')}\nMobile ${PH('+65 9123 4401')} · Home ${PH('+65 6449 2210')}\nAddress ${AD('Blk 512 Ang Mo Kio Ave 3, #08-214, Singapore 560512')}\nLinked cards: Visa Infinite ${L('credit_card', luhn('4000 1234 5678 901'))}; Amex ending 1007\nRM: ${PN('Jun Jie Lim')} (${EM('junjie.lim@meridianpay.sg')})\nOpen tasks: KYC refresh due 2026-01-15; complaint CMP-0092211 re Tesla Supercharger double charge\n`,
    ),
  );
  d.push(
    doc(
      'en-hand-12',
      'en_tax_form',
      `Form W-9 (Rev. March 2024) — scanned text\n1 Name: ${PN('Carlos Castillo')}\n2 Business name: Castillo Landscaping LLC\n5 Address: ${AD('2211 Elm Drive, Austin, TX 78704')}\nPart I TIN\n  Social security number: ${L('us_ssn', '457 19 8820')}\n  or Employer identification number: 87-2219044\nSignature: /s/ C. Castillo   Date: 02/14/2025\nNote: the number 078-05-1120 printed on the old wallet card sample is NOT the taxpayer's SSN.\n`,
    ),
  );
  d.push(
    doc(
      'neg-hand-5',
      'neg_json_config',
      `{"locale":"ja-JP","messages":{"greeting":"{name}様、こんにちは","addressLabel":"住所","phoneLabel":"電話番号","placeholder":{"name":"山田 太郎","phone":"090-0000-0000","zip":"000-0000","email":"メールアドレスを入力"}},"validation":{"phone":"^0\\\\d{9,10}$","zip":"^\\\\d{3}-\\\\d{4}$"}}`,
    ),
  );
  d.push(
    doc(
      'neg-hand-6',
      'neg_sports_stats',
      `J1リーグ 第34節 結果\n鹿島アントラーズ 2-1 浦和レッズ（県立カシマサッカースタジアム、入場者 31,482人）\n横浜F・マリノス 0-0 川崎フロンターレ（日産スタジアム、入場者 42,117人）\n順位表：1位 ヴィッセル神戸 勝点72（得失点差 +29）\n試合ID 2025113000341・2025113000342\nチケットお問い合わせ：Jリーグチケット（10:00〜18:00）`,
    ),
  );
  d.push(
    doc(
      'neg-hand-7',
      'neg_sql',
      `INSERT INTO customers (id, name, email, phone) VALUES\n  (1, '<REDACTED>', '<REDACTED>', '<REDACTED>'),\n  (2, '<REDACTED>', '<REDACTED>', '<REDACTED>');\n-- migration 20251101_0932 by ci-bot; checksum 4539578763621486\nALTER TABLE orders ADD COLUMN jan_code CHAR(13) DEFAULT '4901234567894';\nCREATE INDEX idx_orders_created ON orders (created_at DESC);`,
    ),
  );
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// Assembly

export function buildIndependent3(): IndependentDoc[] {
  const out: IndependentDoc[] = [];
  const add = (n: number, base: number, f: (s: number) => IndependentDoc) => {
    for (let s = 0; s < n; s++) out.push(f(base + s));
  };
  add(12, 30000, enCrm);
  add(14, 30100, enTicket);
  add(8, 30200, enSlack);
  add(8, 30300, enSignature);
  add(9, 30400, enHr);
  add(8, 30500, enClinic);
  add(7, 30600, enShipping);
  add(8, 30700, enPayment);
  add(6, 30800, enSsnForm);
  add(6, 30900, enCards);
  add(6, 31000, jaLine);
  add(4, 31100, jaNippo);
  add(4, 31200, jaGijiroku);
  add(5, 31300, jaRingi);
  add(4, 31400, jaNenga);
  add(5, 31500, jaSurvey);
  add(5, 31600, jaCallCenter);
  add(3, 31700, jaRealEstate);
  add(3, 31800, jaInsurance);
  add(8, 31900, jaBank);
  add(3, 32000, jaMixedEn);
  add(28, 33000, negGen);
  add(8, 34000, enTeams);
  add(6, 34100, enPhoneSheet);
  add(6, 34200, enInvoice);
  add(6, 34300, enAutoClaim);
  add(6, 34400, enResume);
  add(6, 34500, enIntake);
  add(6, 35000, enTicket);
  add(4, 35100, enCrm);
  add(3, 35200, enCards);
  add(3, 35300, enSsnForm);
  add(6, 36000, jaSlack);
  add(6, 36100, jaHrOnboarding);
  add(5, 36200, jaForeignStaff);
  add(5, 36300, jaReferral);
  add(4, 36400, jaLine);
  add(4, 36500, jaCallCenter);
  add(20, 37000, negGen2);
  add(4, 37100, negGen);
  out.push(...handWritten3());
  const r = new R(20261122);
  for (let k = out.length - 1; k > 0; k--) {
    const j = r.int(0, k);
    [out[k], out[j]] = [out[j], out[k]];
  }
  return out;
}

export const INDEPENDENT3: IndependentDoc[] = buildIndependent3();
