// Ninth independent labelled test set: what the global SaaS tools of a Japanese company's overseas offices show and
// export. Text as it appears when a user copies a screen, exports a view or an integration posts a payload:
// Salesforce / HubSpot / Pipedrive record views and list exports, Zendesk / Freshdesk / Intercom tickets and chat
// transcripts (customer and agent turns, macros, internal notes), Jira / Linear issues quoting customer data, Slack and
// Teams threads, Gmail / Outlook threads with quoted replies and signatures, calendar invites, Stripe / Shopify / PayPal
// dashboards (customers, payouts, disputes, refunds), Workday / BambooHR employee profiles (SSN, dependants, emergency
// contacts, benefits enrolment), DocuSign envelopes, webhook JSON and API logs, CSV exports, speaker-labelled support
// call transcripts and CRM notes typed in lower case with typos. People and places from the US, UK, Ireland, Canada,
// Australia, New Zealand, Singapore, India, the Philippines, Germany, France, Spain, Italy, the Netherlands, Brazil and
// Mexico, a few Japanese staff, and about a fifth Japanese documents of the same tools used by the Tokyo head office.
// Ids prefixed neg- are hard negatives (no gold).
//
// Written without reading the detector (utils/ except types.ts) or the synthetic generator (only its `rng` is
// imported), and never run against the detector while being written. Follows the LABELLING CONVENTIONS in the header
// of test/corpus/independent.ts (set #1) and the decisions added in sets #3, #5, #6 and #7, and reuses set #1's
// helpers. Deterministic (fixed seed); values invented; card, IBAN, My Number and corporate-number check digits
// computed with set #1's helpers (French IBANs also carry a correct RIB key).
//
// DECISIONS ADDED FOR THIS SET (cases sets #1, #3, #5, #6 and #7 do not settle)
// - Documentation placeholders are not personal data: john.doe@example.com and any address at example.com / .org /
//   .net, the reserved fictional US numbers 555-0100…555-0199, Stripe / Adyen test cards (4242 4242 4242 4242,
//   4000 0566 5566 5556, 5555 5555 5555 4444 …), "Jane Doe" / "John Doe" / "Jenny Rosen" in sample requests and merge fields
//   ({{first_name}}, %FIRSTNAME%) appear only in neg- docs and are not labelled. A real customer's data pasted into an
//   API doc or sandbox log is labelled as usual.
// - Agents, sales reps, account owners and other staff shown by a ticket or CRM tool ("Assignee: Callum Pryce",
//   "Owner: Haruto Sakaguchi") are people and are labelled each time (set #5: staff are labelled). Bots and system
//   senders (Answer Bot, Fin, Workflow Builder, "Zendesk Support") and team / queue / group names are not.
// - Calendar invites: each attendee's name and address are labelled; room and resource calendars ("TKY-12F-Fuji
//   (8)"), video-meeting ids and passcodes, dial-in conference numbers with a PIN are not (a conference bridge is not a
//   person's or company's contact number). A group address (sales-emea@…) is an email (set #1: role addresses count).
// - Platform object ids (cus_…, ch_…, pi_…, po_…, dp_…, re_…, Shopify order #1042, gid://…, HubSpot record ids,
//   Salesforce 18-char ids, Zendesk ticket numbers, DocuSign envelope ids), card fingerprints, BIN / last-4 fields and
//   masked values ("•••• 4242", "m•••@gmail.com", "+1 ••• ••• 4821", "***-**-6112") are not labelled.
// - An e-mail address whose local part is a name is one email span; the display name in front of it
//   ("Sanne van der Berg <sanne@…>") is a separate person_name. A name given only as initials plus family name
//   ("J. Alvarez", "S. Kulkarni") is a person_name with its initial; a nickname or a lower-case first name in chat
//   that refers to a known person ("liz", "raf") is a person_name.
// - Company switchboards and support lines in a customer's or a partner's signature or account record are phones
//   (set #1). A public company page that only names cities and a web form is a negative; wherever a company page shows
//   a phone, e-mail or street address, it is labelled and the doc is not a negative.
// - Public figures named in published news (heads of state, central bankers, CEOs quoted by the press) are not
//   customer data and are not labelled; such snippets are neg- docs.
// - Benefits enrolment: a medical fact about an employee or a dependant (condition, pregnancy, planned surgery,
//   therapy, disability accommodation) is sensitive (medical / disability), the label: value span when so written,
//   else the shortest phrase; plan names ("PPO Gold", "Vision Basic"), coverage tiers and premiums are not. Union
//   membership is not in the type set and is not labelled.
// - US SSNs are labelled only when valid-shaped (not 000 / 666 / 9xx area, not 00 group, not 0000 serial); an ITIN
//   (9xx-7x-xxxx) and a placeholder 000-00-0000 stay unlabelled. UK National Insurance numbers, Canadian SINs,
//   Australian TFNs, Indian PAN / Aadhaar, Singapore NRIC, Philippine TIN, Brazilian CPF, Mexican CURP / RFC, German
//   Steuer-ID, French NIR, Spanish NIE, Italian codice fiscale and Dutch BSN have no type and are not labelled (set #5).
// - Foreign postcodes inside an address line are inside the jp_address span (set #5); a CSV with separate street /
//   city / state / zip columns labels the street cell and not the city, state or zip cells (set #5 split fields).
import { rng } from './generate';
import { AD, CC, CORP, corp, doc, DOB, EM, IB, type IndependentDoc, iban, luhn, MN, mn, PH, PN, SEN, SSN, ZIP } from './independent';

type R = ReturnType<typeof rng>;

// ---------------------------------------------------------------------------------------------------------------
// Pools (written for this file)

interface Who {
  first: string;
  last: string;
  mid?: string;
  c: string; // country code
}
/** "first|mid|last" per country; mid may be empty. */
const NAMES: Record<string, string[]> = {
  US: ['Caroline|R.|Whitaker', 'Dwayne||Ellison', "Megan||O'Neill", 'Tyler|J.|Brandt', 'Keisha||Monroe', 'Ross|T.|McAllister'],
  UK: ['Imogen||Ashworth', 'Callum||Pryce', 'Nadia||Chaudhry', 'Rupert||Hale-Evans'],
  IE: ['Siobhán||Kavanagh', "Ciarán||O'Sullivan", 'Aoife|M.|Brennan'],
  CA: ['Marc-André||Lévesque', 'Jasmine|Kaur|Sidhu', 'Owen||Tremblay'],
  AU: ['Lachlan||Pearce', 'Mia||Nguyen-Hart', 'Bronwyn||Tait'],
  NZ: ['Aroha||Ngata', 'Hamish|W.|Duncan'],
  SG: ['Wei Ling||Tan', 'Hafiz||bin Rahman', 'Priscilla||Goh'],
  IN: ['Aarav||Menon', 'Sneha||Kulkarni', 'Venkatesh|R.|Iyer', 'Harpreet|Singh|Bedi'],
  PH: ['Maria Theresa||de la Cruz', 'Jomar||Villanueva', 'Kristine Joy||Bautista'],
  DE: ['Jörg||Vogelsang', 'Anneliese||von Hagen', 'Lukas||Weißmann'],
  FR: ['Éloïse||Marchand', 'Jean-Baptiste||Lefèvre', 'Camille||Da Silva'],
  ES: ['Lucía||Fernández Ortega', 'Javier||Ruiz de la Fuente'],
  IT: ['Giulia||Bianchi-Ferraro', 'Matteo||De Angelis'],
  NL: ['Sanne||van der Berg', 'Pieter||de Vries-Jansen'],
  BR: ['Ana Beatriz||Oliveira Santos', 'Rafael||Costa Lima'],
  MX: ['José Luis||Hernández Ramírez', 'Ximena||Gutiérrez Peña'],
};
const CTRY = Object.keys(NAMES);
/** Nicknames colleagues use in chat. */
const NICK: Record<string, string> = { Caroline: 'caro', Megan: 'meg', Tyler: 'ty', Lachlan: 'lachie', Rafael: 'raf', Javier: 'javi', Venkatesh: 'venky', 'Kristine Joy': 'tin', Matteo: 'teo', Imogen: 'immy', Ciarán: 'kieran', Hamish: 'hame' };
const ADDR: Record<string, string[]> = {
  US: ['2218 Larkspur Ln, Boise, ID 83706', '5150 Old Mill Rd Apt 3B, Fort Wayne, IN 46807', '88 Cedar Hollow Dr, Chapel Hill, NC 27514', '731 Grandview Ave, Pittsburgh, PA 15211-1402'],
  UK: ['22 Rosebery Avenue, Leeds LS8 4EJ', 'Flat 2B, 61 Chiswick High Road, London W4 2LT', '9 Kiln Close, Exeter EX2 5QT'],
  IE: ['14 Glasthule Road, Dún Laoghaire, Co. Dublin A96 X2K4', 'Apt 7, Custom House Square, Cork T12 PK80'],
  CA: ['418 Rue Saint-Denis, Montréal QC H2X 3L2', '2290 Kingsway, Vancouver, BC V5N 2T7', '57 Dunloe Rd, Toronto, ON M4V 2W4'],
  AU: ['3/19 Grevillea Pde, Brunswick VIC 3056', '88 Kent St, Millers Point NSW 2000'],
  NZ: ['41 Ponsonby Road, Grey Lynn, Auckland 1021', '12 Cuba Street, Te Aro, Wellington 6011'],
  SG: ['Blk 412 Bedok North Ave 2 #08-115, Singapore 460412', '21 Tanjong Pagar Road #04-02, Singapore 088444'],
  IN: ['Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru 560038', '7/B Shanti Niketan, Andheri East, Mumbai 400069'],
  PH: ['Unit 1704 Avida Towers, 34th St, Bonifacio Global City, Taguig 1634', '128 Mabini St, Brgy. San Roque, Marikina City 1801'],
  DE: ['Schönhauser Allee 112, 10439 Berlin', 'Hohenzollernring 41, 50672 Köln'],
  FR: ['27 rue des Martyrs, 75009 Paris', '4 place Bellecour, 69002 Lyon'],
  ES: ['Calle de Alcalá 214, 3º B, 28028 Madrid', 'Carrer de Provença 288, 08008 Barcelona'],
  IT: ['Via Tortona 31, 20144 Milano', 'Viale Trastevere 92, 00153 Roma'],
  NL: ['Prinsengracht 497-II, 1016 HR Amsterdam', 'Oudegracht 144, 3511 AZ Utrecht'],
  BR: ['Rua Oscar Freire, 1120, apto 82 - Jardins, São Paulo - SP, 01426-001', 'Av. Atlântica, 3300 - Copacabana, Rio de Janeiro - RJ, 22070-001'],
  MX: ['Av. Ámsterdam 240, Int. 5, Col. Hipódromo, Cuauhtémoc, 06100 Ciudad de México, CDMX', 'Calle Morelos 1185, Col. Americana, 44160 Guadalajara, Jal.'],
};
const MAILDOM: Record<string, string[]> = {
  US: ['gmail.com', 'outlook.com', 'comcast.net'], UK: ['btinternet.com', 'gmail.com'], IE: ['eircom.net', 'gmail.com'], CA: ['rogers.com', 'videotron.ca'],
  AU: ['bigpond.com', 'gmail.com'], NZ: ['xtra.co.nz'], SG: ['singnet.com.sg', 'gmail.com'], IN: ['rediffmail.com', 'gmail.com'], PH: ['yahoo.com.ph', 'gmail.com'],
  DE: ['web.de', 'gmx.de'], FR: ['orange.fr', 'free.fr'], ES: ['hotmail.es', 'telefonica.net'], IT: ['libero.it', 'tiscali.it'], NL: ['ziggo.nl', 'kpnmail.nl'],
  BR: ['uol.com.br', 'terra.com.br'], MX: ['prodigy.net.mx', 'gmail.com'],
};
const COMPANY = ['Brightwater Logistics', 'Northgate Dental Group', 'Kestrel Analytics', 'Halcyon Foods Ltd', 'Torres & Vidal Arquitectos', 'Meridian Freight BV', 'Solent Marine Supplies', 'Pinecrest Realty', 'Vanta Biolabs', 'Quintero Textiles SA de CV', 'Lakeshore Pediatrics', 'Rheinland Werkzeug GmbH', 'Atelier Mistral', 'Baywater Credit Union', 'Maple & Rye Bakery', 'Indus Circuit Systems'];
const COMPDOM = ['brightwater.io', 'northgatedental.com', 'kestrel-analytics.com', 'halcyonfoods.co.uk', 'torresvidal.es', 'meridianfreight.nl', 'solentmarine.co.uk', 'pinecrestrealty.com', 'vantabio.com', 'quinterotex.mx', 'lakeshorepeds.org', 'rheinland-werkzeug.de', 'ateliermistral.fr', 'baywatercu.org', 'mapleandrye.ca', 'induscircuit.in'];
/** Our own overseas staff (the Japanese company's subsidiaries): [name, email local, tool display]. */
const STAFF: [string, string][] = [
  ['Haruto Sakaguchi', 'h.sakaguchi'], ['Yuko Morishita', 'y.morishita'], ['Kenta Fujiwara', 'k.fujiwara'], ['Dana Kowalczyk', 'd.kowalczyk'],
  ['Liam Fairbairn', 'l.fairbairn'], ['Rhea Fernandes', 'r.fernandes'], ['Tomás Echeverría', 't.echeverria'], ['Noor Haddad', 'n.haddad'],
  ['Beatrix Lund', 'b.lund'], ['Caleb Okonkwo', 'c.okonkwo'],
];
const OURDOM = ['maruhi-global.com', 'eu.maruhi-global.com', 'apac.maruhi-global.com'];

// Japanese head office pools
const JNAME: [string, string, string, string][] = [
  ['新井', '聡子', 'アライ', 'サトコ'], ['宮崎', '大地', 'ミヤザキ', 'ダイチ'], ['小松', '千夏', 'コマツ', 'チナツ'], ['吉岡', '浩一', 'ヨシオカ', 'コウイチ'],
  ['西村', '若菜', 'ニシムラ', 'ワカナ'], ['堤', '晃', 'ツツミ', 'アキラ'], ['川口', '真理子', 'カワグチ', 'マリコ'], ['古賀', '伸也', 'コガ', 'シンヤ'],
  ['岩崎', '菜摘', 'イワサキ', 'ナツミ'], ['大塚', '雅之', 'オオツカ', 'マサユキ'], ['片山', '環', 'カタヤマ', 'タマキ'], ['島田', '拓真', 'シマダ', 'タクマ'],
];
const JADDR: [string, string][] = [
  ['105-0011', '東京都港区芝公園2-4-1 芝パークビル7階'], ['542-0081', '大阪府大阪市中央区南船場3-10-19'], ['810-0001', '福岡県福岡市中央区天神1丁目12-7'],
  ['451-0045', '愛知県名古屋市西区名駅2-27-8 名駅プライムタワー12F'], ['231-0023', '神奈川県横浜市中区山下町2-5'], ['060-0042', '北海道札幌市中央区大通西10-4-1'],
  ['980-0811', '宮城県仙台市青葉区一番町3-7-1 電力ビル5F'], ['700-0904', '岡山県岡山市北区柳町1丁目1-1'],
];

// ---------------------------------------------------------------------------------------------------------------
// Values

const p2 = (n: number) => String(n).padStart(2, '0');
const sub = (r: R, n: number) => String(r.int(2, 9)) + r.digits(n - 1);
function phoneOf(r: R, c: string): string {
  const k = r.int(0, 2);
  switch (c) {
    case 'US':
      return [`(${r.pick(['208', '260', '919', '412', '614'])}) ${sub(r, 3)}-${r.digits(4)}`, `+1 ${r.pick(['415', '646', '312'])} ${sub(r, 3)} ${r.digits(4)}`, `${r.pick(['919', '412'])}-${sub(r, 3)}-${r.digits(4)}`][k];
    case 'CA':
      return [`(${r.pick(['416', '514', '604'])}) ${sub(r, 3)}-${r.digits(4)}`, `+1-604-${sub(r, 3)}-${r.digits(4)}`, `514.${sub(r, 3)}.${r.digits(4)}`][k];
    case 'UK':
      return [`07${r.int(400, 999)} ${r.digits(6)}`, `+44 113 ${sub(r, 3)} ${r.digits(4)}`, `020 ${r.int(3, 8)}${r.digits(3)} ${r.digits(4)}`][k];
    case 'IE':
      return [`+353 87 ${r.digits(3)} ${r.digits(4)}`, `(021) 4${r.digits(6)}`, `085 ${r.digits(3)} ${r.digits(4)}`][k];
    case 'AU':
      return [`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 3 9${r.digits(3)} ${r.digits(4)}`, `(02) 9${r.digits(3)} ${r.digits(4)}`][k];
    case 'NZ':
      return [`021 ${r.digits(3)} ${r.digits(4)}`, `+64 9 3${r.digits(2)} ${r.digits(4)}`, `027 ${r.digits(3)} ${r.digits(4)}`][k];
    case 'SG':
      return [`+65 9${r.digits(3)} ${r.digits(4)}`, `8${r.digits(3)} ${r.digits(4)}`, `+65 6${r.digits(3)} ${r.digits(4)}`][k];
    case 'IN':
      return [`+91 98${r.digits(3)} ${r.digits(5)}`, `+91-80-${sub(r, 8)}`, `0${r.pick(['98', '99', '70'])}${r.digits(3)} ${r.digits(5)}`][k];
    case 'PH':
      return [`+63 917 ${r.digits(3)} ${r.digits(4)}`, `0918-${r.digits(3)}-${r.digits(4)}`, `(02) 8${r.digits(3)} ${r.digits(4)}`][k];
    case 'DE':
      return [`+49 30 ${sub(r, 8)}`, `0151 ${r.digits(8)}`, `+49 (0)221 ${sub(r, 7)}`][k];
    case 'FR':
      return [`+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `01 ${r.int(40, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `06.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`][k];
    case 'ES':
      return [`+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `91 ${sub(r, 3)} ${r.digits(2)} ${r.digits(2)}`, `6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`][k];
    case 'IT':
      return [`+39 347 ${r.digits(7)}`, `02 ${sub(r, 8)}`, `+39 06 ${sub(r, 8)}`][k];
    case 'NL':
      return [`+31 6 ${r.digits(8)}`, `020 ${sub(r, 3)} ${r.digits(4)}`, `06-${r.digits(8)}`][k];
    case 'BR':
      return [`+55 11 9${r.digits(4)}-${r.digits(4)}`, `(21) 9${r.digits(4)}-${r.digits(4)}`, `+55 (11) 3${r.digits(3)}-${r.digits(4)}`][k];
    default:
      return [`+52 55 ${r.digits(4)} ${r.digits(4)}`, `(33) ${sub(r, 4)} ${r.digits(4)}`, `+52 1 55 ${r.digits(4)} ${r.digits(4)}`][k];
  }
}
/** E.164 without spaces. */
const CCODE: Record<string, string> = { US: '1', CA: '1', UK: '44', IE: '353', AU: '61', NZ: '64', SG: '65', IN: '91', PH: '63', DE: '49', FR: '33', ES: '34', IT: '39', NL: '31', BR: '55', MX: '52' };
function e164(r: R, c: string): string {
  const s = phoneOf(r, c).replace('(0)', '');
  if (s.startsWith('+')) return `+${s.replace(/\D/g, '')}`;
  let d = s.replace(/\D/g, '');
  if (d[0] === '0' && c !== 'IT') d = d.slice(1);
  return `+${CCODE[c]}${d}`;
}
/** The street part of an address (first line; with the house number or flat line when it is split off). */
function streetOf(a: string): string {
  const p = a.split(', ');
  return /^(Flat|Apt|Unit|Rua|Av\.|Calle de Alcal)/.test(p[0]) ? `${p[0]}, ${p[1]}` : p[0];
}
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z]/g, '');
type Brand = 'V' | 'M' | 'M2' | 'J' | 'A' | 'D' | 'DC' | 'UP';
function card(r: R, b: Brand): string {
  switch (b) {
    case 'V':
      return luhn(`4${r.int(1, 9)}${r.digits(13)}`);
    case 'M':
      return luhn(`5${r.int(1, 5)}${r.digits(13)}`);
    case 'M2':
      return luhn(`${r.int(2221, 2720)}${r.digits(11)}`);
    case 'J':
      return luhn(`35${r.int(28, 89)}${r.digits(11)}`);
    case 'A':
      return luhn(`3${r.pick(['4', '7'])}${r.digits(12)}`);
    case 'DC':
      return luhn(`36${r.digits(11)}`);
    case 'UP':
      return luhn(`62${r.int(2126, 2925)}${r.digits(9)}`);
    default:
      return luhn(`6011${r.digits(11)}`);
  }
}
const g4 = (s: string, sep = ' ') => s.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
const amexFmt = (s: string, sep = ' ') => `${s.slice(0, 4)}${sep}${s.slice(4, 10)}${sep}${s.slice(10)}`;
const dinersFmt = (s: string) => `${s.slice(0, 4)} ${s.slice(4, 10)} ${s.slice(10)}`;
function fmtCard(s: string, b: Brand, k: number): string {
  if (b === 'A') return amexFmt(s, k % 2 ? '-' : ' ');
  if (b === 'DC') return dinersFmt(s);
  return k % 3 === 0 ? g4(s) : k % 3 === 1 ? g4(s, '-') : s;
}
function ssn(r: R, sep = '-'): string {
  const a = r.pick([r.int(1, 665), r.int(667, 899)]);
  return `${String(a).padStart(3, '0')}${sep}${p2(r.int(1, 99))}${sep}${String(r.int(1, 9999)).padStart(4, '0')}`;
}
/** National IBANs with the right length for their country (FR with its RIB key). */
function ibanOf(r: R, c: string, grouped = true): string {
  switch (c) {
    case 'DE':
      return iban('DE', r.digits(18), grouped);
    case 'FR': {
      const bank = r.digits(5), br = r.digits(5), acc = r.digits(11);
      const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(br) + 3n * BigInt(acc)) % 97n);
      return iban('FR', bank + br + acc + p2(key), grouped);
    }
    case 'ES':
      return iban('ES', r.digits(20), grouped);
    case 'IT':
      return iban('IT', r.pick(['X', 'K', 'M', 'B']) + r.digits(10) + r.digits(12), grouped);
    case 'NL':
      return iban('NL', r.pick(['ABNA', 'RABO', 'INGB', 'TRIO']) + r.digits(10), grouped);
    case 'IE':
      return iban('IE', r.pick(['AIBK', 'BOFI']) + r.digits(14), grouped);
    case 'UK':
      return iban('GB', r.pick(['NWBK', 'BARC', 'MIDL']) + r.digits(14), grouped);
    default:
      return iban('BR', r.digits(23) + 'C1', grouped);
  }
}
interface D {
  y: number;
  m: number;
  d: number;
}
const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dob = (r: R, lo = 1958, hi = 2001): D => ({ y: r.int(lo, hi), m: r.int(1, 12), d: r.int(1, 28) });
function fdate(x: D, c: string, k: number): string {
  const us = c === 'US' || c === 'PH';
  switch (k % 6) {
    case 0:
      return us ? `${p2(x.m)}/${p2(x.d)}/${x.y}` : `${p2(x.d)}/${p2(x.m)}/${x.y}`;
    case 1:
      return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
    case 2:
      return us ? `${MON[x.m - 1]} ${x.d}, ${x.y}` : `${x.d} ${MON[x.m - 1]} ${x.y}`;
    case 3:
      return c === 'DE' || c === 'NL' ? `${p2(x.d)}.${p2(x.m)}.${x.y}` : `${x.d} ${MON[x.m - 1].slice(0, 3)} ${x.y}`;
    case 4:
      return us ? `${x.m}/${x.d}/${String(x.y).slice(2)}` : `${p2(x.d)}-${p2(x.m)}-${x.y}`;
    default:
      return `${MON[x.m - 1].slice(0, 3)} ${x.d} ${x.y}`;
  }
}
const iso = (x: D) => `${x.y}-${p2(x.m)}-${p2(x.d)}`;
const jdate = (x: D, k: number) => (k % 3 === 0 ? `${x.y}年${x.m}月${x.d}日` : k % 3 === 1 ? `${x.y}/${p2(x.m)}/${p2(x.d)}` : `${x.y >= 1989 ? `平成${x.y - 1988}` : `昭和${x.y - 1925}`}年${x.m}月${x.d}日`);
const hex = (r: R, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[r.int(0, 15)]).join('');
const uuid = (r: R) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`;
const idb = (r: R, n: number) => Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789'[r.int(0, 57)]).join('');
const money = (r: R, lo: number, hi: number) => `${r.int(lo, hi).toLocaleString('en-US')}.${p2(r.int(0, 99))}`;

// ---------------------------------------------------------------------------------------------------------------
// Documents

export function buildIndependent9(): IndependentDoc[] {
  const r = rng(90909);
  const out: IndependentDoc[] = [];
  const add = (id: string, style: string, text: string) => out.push(doc(id, style, text));
  const neg = (id: string, style: string, text: string) => out.push(doc(`neg-${id}`, style, text));
  let pc = 0;
  const seen: Record<string, number> = {};
  /** The next person, cycling through the countries. */
  const who = (c?: string) => {
    const cc = c ?? CTRY[pc++ % CTRY.length];
    const list = NAMES[cc];
    const k = (seen[cc] = (seen[cc] ?? -1) + 1);
    const [first, mid, last] = list[k % list.length].split('|');
    const w: Who = { first, mid: mid || undefined, last, c: cc };
    return w;
  };
  const nm = (w: Who, mid = true) => (mid && w.mid ? `${w.first} ${w.mid} ${w.last}` : `${w.first} ${w.last}`);
  const ad = (w: Who) => r.pick(ADDR[w.c]);
  const ph = (w: Who) => phoneOf(r, w.c);
  const ml = (w: Who) => `${plain(w.first)}${r.pick(['.', '_', ''])}${plain(w.last)}${r.chance(0.4) ? r.int(1, 99) : ''}@${r.pick(MAILDOM[w.c])}`;
  const wm = (w: Who, k: number) => `${plain(w.first).slice(0, 1)}${plain(w.last)}@${COMPDOM[k % COMPDOM.length]}`;
  let sc = 0;
  const staff = () => STAFF[sc++ % STAFF.length];
  const sm = (s: [string, string]) => `${s[1]}@${r.pick(OURDOM)}`;
  let jc = 0;
  const jn = () => JNAME[jc++ % JNAME.length];
  let ja = 0;
  const jad = () => JADDR[ja++ % JADDR.length];
  const jmob = () => `${r.pick(['090', '080', '070'])}-${sub(r, 4)}-${r.digits(4)}`;
  const jfix = () => {
    const a = r.pick(['03', '06', '092', '052', '045']);
    return a.length === 2 ? `${a}-${sub(r, 4)}-${r.digits(4)}` : `${a}-${sub(r, 3)}-${r.digits(4)}`;
  };

  // A. Salesforce record views (Contact / Lead / Account), 12
  for (let k = 0; k < 12; k++) {
    const c = who();
    const o = staff();
    const co = COMPANY[k % COMPANY.length];
    const kind = k % 3;
    if (kind === 0) {
      add(
        `sf-contact-${k}`,
        'crm_record',
        `Contact
${PN(nm(c))}
Title  ${r.pick(['Head of Procurement', 'Operations Manager', 'CFO', 'IT Director', 'Office Manager'])}    Account Name  ${co}
Phone  ${PH(ph(c))}    Mobile  ${PH(ph(c))}
Email  ${EM(wm(c, k))}
Mailing Address
${AD(ad(c))}
Contact Owner  ${PN(o[0])}
Lead Source  Trade Show    Created By  ${PN(o[0])}, ${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/2025 ${r.int(8, 17)}:${p2(r.int(0, 59))}
Activity History
  Call — ${r.pick(['left voicemail re: renewal', 'discussed Q3 volumes', 'asked for revised quote'])} (${PN(o[0])})`,
      );
    } else if (kind === 1) {
      const d = dob(r);
      add(
        `sf-lead-${k}`,
        'crm_record',
        `Lead  ·  ${r.pick(['Open - Not Contacted', 'Working - Contacted', 'Nurturing'])}
Name: ${PN(nm(c, false))}    Company: ${co}
Email: ${EM(ml(c))}    Phone: ${PH(ph(c))}
Street: ${AD(ad(c))}
Birthdate: ${DOB(fdate(d, c.c, k))}
Lead Owner: ${PN(o[0])}   Rating: Warm   Annual Revenue: $${r.int(2, 90)}M
Description: met at booth 14B, wants a demo for ${r.int(5, 40)} seats. Prefers calls after 3pm local.`,
      );
    } else {
      const c2 = who(c.c);
      add(
        `sf-account-${k}`,
        'crm_record',
        `Account Detail — ${co}
Type  Customer - Direct    Industry  ${r.pick(['Logistics', 'Healthcare', 'Retail', 'Manufacturing'])}    Employees  ${r.int(20, 900)}
Phone  ${PH(ph(c))}    Website  www.${COMPDOM[k % COMPDOM.length]}
Billing Address  ${AD(ad(c))}
Account Owner  ${PN(o[0])}
Contacts (2)
  ${PN(nm(c))} · ${r.pick(['Buyer', 'Decision Maker'])} · ${EM(wm(c, k))}
  ${PN(nm(c2, false))} · Accounts Payable · ${EM(`ap@${COMPDOM[k % COMPDOM.length]}`)} · ${PH(ph(c2))}
Opportunities (1)  ${co.split(' ')[0]} — Renewal FY27 · Negotiation · $${money(r, 8000, 90000)}`,
      );
    }
  }

  // B. HubSpot / Pipedrive list exports (CSV), 8
  for (let k = 0; k < 8; k++) {
    const rows: string[] = [];
    const quoted = k % 2 === 0;
    for (let j = 0; j < 4; j++) {
      const c = who();
      const d = dob(r);
      const q = (s: string) => (quoted ? `"${s}"` : s.includes(',') ? `"${s}"` : s);
      if (k < 4) {
        rows.push([`${r.int(100000, 999999)}01`, q(PN(c.first)), q(PN(c.last)), q(EM(ml(c))), q(PH(k === 1 ? e164(r, c.c) : ph(c))), q(r.pick(['lead', 'subscriber', 'customer', 'opportunity'])), q(`2025-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`)].join(','));
      } else {
        const street = streetOf(ad(c));
        rows.push([q(PN(c.first)), q(PN(c.last)), q(EM(ml(c))), q(PH(ph(c))), q(AD(street)), q('Springfield'), q(c.c), q(String(r.int(10000, 99999))), q(DOB(iso(d)))].join(','));
      }
    }
    if (k < 4)
      add(`hs-export-${k}`, 'csv_export', `Record ID,First Name,Last Name,Email,Phone Number,Lifecycle Stage,Create Date\n${rows.join('\n')}`);
    else add(`pd-export-${k}`, 'csv_export', `first_name,last_name,email,phone,street,city,country,zip,dob\n${rows.join('\n')}`);
  }

  // C. Pipedrive deals with notes, 5
  for (let k = 0; k < 5; k++) {
    const c = who();
    const o = staff();
    add(
      `pd-deal-${k}`,
      'crm_record',
      `Deal: ${COMPANY[(k + 5) % COMPANY.length]} – ${r.int(10, 60)} licences
Value $${money(r, 4000, 60000)} · Stage: ${r.pick(['Proposal made', 'Negotiations started', 'Contact made'])} · Owner ${PN(o[0])}
Person: ${PN(nm(c))}  ${PH(ph(c))}  ${EM(ml(c))}
Notes
${r.pick(['spoke w/', 'call with', 'catch-up w'])} ${PN(c.first.toLowerCase())} — ${r.pick(['budget approved, waiting on legal', 'pushing to next quarter', 'wants 3yr term w/ discount'])}. ${r.pick(['send msa to', 'cc'])} ${EM(wm(c, k + 3))}
Activity: ${r.pick(['Call', 'Meeting', 'Email'])} scheduled ${r.int(1, 28)} ${MON[r.int(0, 11)].slice(0, 3)} 2026 10:30`,
    );
  }

  // D. Zendesk / Freshdesk tickets, 12
  for (let k = 0; k < 12; k++) {
    const c = who();
    const a = staff();
    const tno = r.int(40000, 99999);
    const v = k % 4;
    if (v === 0) {
      add(
        `zd-ticket-${k}`,
        'ticket',
        `#${tno}  Refund not received
Requester: ${PN(nm(c, false))} <${EM(ml(c))}>    Assignee: ${PN(a[0])}    Group: Billing EMEA    Priority: Normal
${PN(nm(c, false))} — ${r.int(1, 28)} Oct 2025 09:${p2(r.int(0, 59))}
Hi, I returned the order on the 3rd and still see nothing on my card. Order ${r.int(100000, 999999)}. You can call me on ${PH(ph(c))}.
${PN(a[0])} — ${r.int(1, 28)} Oct 2025 11:${p2(r.int(0, 59))}
Hi ${PN(c.first)}, thanks for your patience. The refund was issued today and usually shows within 5–10 business days.
Internal note (${PN(a[0].split(' ')[0])}): customer also asked to update shipping to ${AD(ad(c))} — done in Shopify.`,
      );
    } else if (v === 1) {
      const d = dob(r);
      add(
        `fd-ticket-${k}`,
        'ticket',
        `Freshdesk · Ticket ${tno} · Status: Pending
Contact: ${PN(nm(c))}   Email: ${EM(ml(c))}   Work phone: ${PH(ph(c))}
Subject: Account locked — identity check
Customer wrote:
> I can't log in after the password reset. My date of birth is ${DOB(fdate(d, c.c, k))} and the address on file should be ${AD(ad(c))}.
Agent ${PN(a[0])} replied (macro "ID verified – unlock"):
Thanks ${PN(c.first)}, your identity is confirmed and the account is unlocked.`,
      );
    } else if (v === 2) {
      const b: Brand = r.pick(['V', 'M2', 'J', 'A']);
      const cn = card(r, b);
      add(
        `zd-ticket-${k}`,
        'ticket',
        `Ticket #${tno} · Double charge
From: ${PN(nm(c, false))} (${EM(ml(c))})
I was charged twice for invoice INV-${r.int(2025000, 2025999)}. card is ${CC(fmtCard(cn, b, k))} exp ${p2(r.int(1, 12))}/${r.int(27, 31)}, please refund one of them
---
${PN(a[0])} (Agent) · internal note: customer pasted full PAN in the ticket body, redacting per PCI policy after refund. Charges ch_${idb(r, 14)} and ch_${idb(r, 14)}.
${PN(a[0])} (Agent) · public reply: Hi ${PN(c.first)}, we've refunded the duplicate charge. Please never send full card numbers by e-mail.`,
      );
    } else {
      const c2 = who(c.c);
      add(
        `zd-ticket-${k}`,
        'ticket',
        `Zendesk Support · #${tno} Change of account holder
Requester  ${PN(nm(c))}   CCs  ${PN(nm(c2, false))} <${EM(ml(c2))}>
Tags  account_change  vip
${PN(nm(c))}: Please move the subscription to my colleague ${PN(c2.first)}; her direct line is ${PH(ph(c2))}. Our office is at ${AD(ad(c))}.
Answer Bot: Here are some articles that may help: "How to transfer ownership".
${PN(a[0])}: Hi both — done. ${PN(c2.first)}, you'll receive an invite at ${EM(ml(c2))} shortly.`,
      );
    }
  }

  // E. Intercom chat transcripts, 8
  for (let k = 0; k < 8; k++) {
    const c = who();
    const a = staff();
    const lower = k % 2 === 0;
    const d = dob(r);
    let t = r.int(8 * 60, 19 * 60);
    const ts = () => {
      t += r.int(0, 3);
      return `${p2(Math.floor(t / 60))}:${p2(t % 60)}`;
    };
    add(
      `ic-chat-${k}`,
      'chat_transcript',
      `Conversation with ${PN(nm(c, false))} · Intercom · ${r.pick(['Web', 'iOS app', 'Messenger'])}
[${ts()}] Fin (bot): Hi there 👋 What can I help with?
[${ts()}] ${PN(lower ? c.first.toLowerCase() : c.first)}: ${lower ? 'hey need to change my delivery adress' : 'Hello, I need to update my delivery address please.'}
[${ts()}] ${PN(a[0].split(' ')[0])}: Sure! Can you confirm the e-mail and birth date on the account?
[${ts()}] ${PN(lower ? c.first.toLowerCase() : c.first)}: ${EM(ml(c))} ${lower ? 'dob' : 'and'} ${DOB(fdate(d, c.c, k + 1))}
[${ts()}] ${PN(lower ? c.first.toLowerCase() : c.first)}: new one is ${AD(ad(c))}${lower ? ' thx' : ''}
[${ts()}] ${PN(a[0].split(' ')[0])}: Updated ✅ — anything else?`,
    );
  }

  // F. Jira / Linear issues quoting customer data, 6
  for (let k = 0; k < 6; k++) {
    const c = who();
    const a = staff();
    const b = staff();
    add(
      k % 2 ? `linear-${k}` : `jira-${k}`,
      'issue',
      k % 2
        ? `ENG-${r.int(1000, 4999)} Address autocomplete drops unit number
Reporter ${PN(a[0])} · Assignee ${PN(b[0])} · Priority High · Cycle 42
Customer ${PN(nm(c))} (${EM(ml(c))}) entered "${AD(ad(c))}" and the saved address lost the unit. Repro on Chrome 131 / macOS 15.
Linked: zendesk #${r.int(40000, 99999)}`
        : `SUP-${r.int(100, 999)}: Checkout fails for customer with apostrophe in surname
Reported by: ${PN(a[0])}    Assignee: ${PN(b[0])}    Sprint: 2026-W${r.int(2, 30)}
Steps: log in as the customer (${PN(nm(c, false))}, ${EM(ml(c))}, phone ${PH(ph(c))}) → cart → pay. Error 500 at /api/v2/checkout.
Stack: ValueError: invalid literal in name field (see trace id ${hex(r, 32)})
Comment from ${PN(b[0])}: fixed in 4.18.2, please ask ${PN(c.first)} to retry.`,
    );
  }

  // G. Slack / Teams threads, 8
  for (let k = 0; k < 8; k++) {
    const c = who();
    const a = staff();
    const b = staff();
    const t = k % 2;
    add(
      t ? `teams-${k}` : `slack-${k}`,
      'chat',
      t
        ? `${PN(a[0])}  ${r.int(9, 17)}:${p2(r.int(0, 59))}
anyone have a number for ${PN(nm(c, false))} at ${COMPANY[(k + 2) % COMPANY.length]}? their main line goes to voicemail
${PN(b[0])}  ${r.int(9, 17)}:${p2(r.int(0, 59))}
try the mobile ${PH(ph(c))} — or email ${EM(wm(c, k + 1))}
${PN(a[0])}  ${r.int(9, 17)}:${p2(r.int(0, 59))}
👍 thanks`
        : `#${r.pick(['cs-escalations', 'sales-apac', 'emea-ops'])}
${PN(a[0])}: heads up, ${PN(`${c.first.slice(0, 1)}. ${c.last}`)} from ${COMPANY[(k + 4) % COMPANY.length]} is threatening a chargeback
${PN(b[0])}: i spoke to ${PN(NICK[c.first] ?? c.first.toLowerCase())} yesterday, they're fine if we credit next invoice
${PN(a[0])}: ok can you log it on the account + send confirmation to ${EM(ml(c))}
Workflow Builder: ✅ Task created for ${PN(b[0])}`,
    );
  }

  // H. Gmail / Outlook threads with quoted replies and signatures, 10
  for (let k = 0; k < 10; k++) {
    const c = who();
    const a = staff();
    const co = COMPANY[(k + 7) % COMPANY.length];
    const v = k % 2;
    add(
      `mail-${k}`,
      'email',
      v
        ? `From: ${PN(a[0])} <${EM(sm(a))}>
To: ${PN(nm(c, false))} <${EM(wm(c, k + 7))}>
Subject: RE: Updated quote
Hi ${PN(c.first)},
Attached is the revised quote. Let me know if the delivery window works.
Best,
${PN(a[0].split(' ')[0])}

On ${r.pick(['Mon', 'Tue', 'Wed', 'Thu'])}, ${r.int(1, 28)} Jan 2026 at ${r.int(9, 17)}:${p2(r.int(0, 59))}, ${PN(nm(c, false))} <${EM(wm(c, k + 7))}> wrote:
> Could you resend with the volume discount? We'd need the goods delivered to our warehouse at
> ${AD(ad(c))}.
> --
> ${PN(nm(c))}
> ${r.pick(['Purchasing Lead', 'Director of Operations', 'Buyer'])} | ${co}
> M ${PH(ph(c))} | T ${PH(ph(c))}`
        : `${PN(nm(c, false))} <${EM(ml(c))}>
to me, ${PN(a[0].split(' ')[0])}
hey, quick one – can you switch the invoice email to ${EM(`accounts@${COMPDOM[(k + 7) % COMPDOM.length]}`)}? and the delivery phone to ${PH(ph(c))}
cheers
${PN(c.first)}

Sent from my iPhone

-----Original Message-----
From: ${PN(a[0])} <${EM(sm(a))}>
Sent: ${r.int(1, 28)} February 2026 08:${p2(r.int(10, 59))}
Subject: Your order has shipped
Tracking: 1Z${idb(r, 6).toUpperCase()}03${r.digits(8)}`,
    );
  }

  // I. Calendar invites, 5
  for (let k = 0; k < 5; k++) {
    const c = who();
    const c2 = who(c.c);
    const a = staff();
    const b = staff();
    add(
      `cal-${k}`,
      'calendar',
      `${r.pick(['QBR', 'Onboarding kickoff', 'Contract review', 'Site visit prep'])} — ${COMPANY[(k + 9) % COMPANY.length]}
${r.pick(['Tuesday', 'Wednesday', 'Thursday'])}, ${MON[r.int(0, 11)]} ${r.int(1, 28)}, 2026 · ${r.int(9, 15)}:00 – ${r.int(16, 17)}:00 (GMT${r.pick(['+1', '-5', '+8', '+10'])})
Location: TKY-12F-Fuji (8), Zoom
Join Zoom Meeting https://zoom.us/j/${r.digits(11)}  Meeting ID: ${r.digits(3)} ${r.digits(4)} ${r.digits(4)}  Passcode: ${r.digits(6)}
Dial by your location  +1 646 931 3860 US (New York)  PIN ${r.digits(6)}#
Organizer: ${PN(a[0])} <${EM(sm(a))}>
Guests
  ${PN(b[0])} <${EM(sm(b))}> — accepted
  ${PN(nm(c))} <${EM(wm(c, k + 9))}> — maybe
  ${PN(nm(c2, false))} <${EM(wm(c2, k + 9))}> — awaiting
  ${EM('sales-emea@maruhi-global.com')}`,
    );
  }

  // J. Stripe / Shopify / PayPal, 14
  for (let k = 0; k < 14; k++) {
    const c = who();
    const b: Brand = (['V', 'M', 'M2', 'J', 'A', 'D', 'DC', 'UP'] as Brand[])[k % 8];
    const cn = card(r, b);
    const v = k % 5;
    if (v === 0) {
      add(
        `stripe-customer-${k}`,
        'payments_dashboard',
        `Customers › cus_${idb(r, 14)}
${PN(nm(c, false))}
${EM(ml(c))} · ${PH(e164(r, c.c))}
Billing details  ${AD(ad(c))}
Payment methods  ${r.pick(['Visa', 'Mastercard', 'Amex'])} •••• ${r.digits(4)}  Expires ${p2(r.int(1, 12))} / 20${r.int(27, 31)}  Fingerprint ${idb(r, 16)}
Payments  $${money(r, 20, 900)} Succeeded  pi_${idb(r, 24)}
Created ${MON[r.int(0, 11)].slice(0, 3)} ${r.int(1, 28)}, 2025`,
      );
    } else if (v === 1) {
      add(
        `stripe-dispute-${k}`,
        'payments_dashboard',
        `Dispute dp_${idb(r, 20)} — Needs response by ${MON[r.int(0, 11)].slice(0, 3)} ${r.int(1, 28)}
Reason: Product not received   Amount: €${money(r, 40, 600)}
Customer name  ${PN(nm(c, false))}
Customer email  ${EM(ml(c))}
Shipping address  ${AD(ad(c))}
Evidence: tracking ${r.pick(['DHL', 'UPS', 'PostNL'])} ${r.digits(10)} delivered, signed by "${PN(c.last.toUpperCase())}"
Card  ${r.pick(['Visa', 'Mastercard'])} ending ${r.digits(4)} · Issuer ${r.pick(['ING', 'Revolut', 'BBVA', 'Barclays'])}`,
      );
    } else if (v === 2) {
      add(
        `shopify-order-${k}`,
        'commerce_admin',
        `Order #${r.int(1001, 9999)}  ·  Paid · Unfulfilled
Customer
${PN(nm(c))}
${r.int(1, 9)} orders
Contact information  ${EM(ml(c))}  ${PH(ph(c))}
Shipping address
${PN(nm(c, false))}
${AD(ad(c))}
Billing address  Same as shipping address
Payment  Manual card entry (phone order): ${CC(fmtCard(cn, b, k))}  CVC ***  ${p2(r.int(1, 12))}/${r.int(27, 30)}
Note from staff ${PN(staff()[0])}: customer read card over the phone, delete after capture`,
      );
    } else if (v === 3) {
      const iba = ibanOf(r, r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'IE', 'UK']));
      add(
        `stripe-payout-${k}`,
        'payments_dashboard',
        `Refund to bank (manual SEPA) — requested by ${PN(staff()[0])}
Refund re_${idb(r, 18)} failed: card expired. Customer asked for bank transfer instead.
Account holder  ${PN(nm(c, false))}
IBAN  ${IB(iba)}
BIC  ${r.pick(['COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A', 'AIBKIE2D'])}
Amount  €${money(r, 30, 400)}   Reference  RF${r.digits(2)} ${r.digits(4)} ${r.digits(4)}`,
      );
    } else {
      add(
        `paypal-${k}`,
        'payments_dashboard',
        `PayPal · Activity · Payment received
From  ${PN(nm(c, false))}  (${EM(ml(c))})
Transaction ID  ${r.digits(2)}${idb(r, 15).toUpperCase()}
Ship to  ${PN(nm(c, false))}, ${AD(ad(c))}
Contact phone  ${PH(ph(c))}
Funding  ${r.pick(['PayPal balance', 'Visa x-' + r.digits(4), 'Bank account x-' + r.digits(4)])}
Gross $${money(r, 15, 500)}  Fee -$${money(r, 1, 9)}  Net $${money(r, 10, 480)}`,
      );
    }
  }

  // K. Workday / BambooHR employee profiles (US SSN, dependants, benefits), 10
  for (let k = 0; k < 10; k++) {
    const e = who(r.pick(['US', 'US', 'CA', 'UK', 'IE', 'AU', 'SG', 'IN']));
    const dep = who(e.c);
    const emc = who(e.c);
    const d = dob(r, 1965, 2000);
    const dd = dob(r, 2008, 2022);
    const us = e.c === 'US';
    const med = r.pick([
      ['Dependent medical note', 'type 1 diabetes, insulin pump supplies'],
      ['Accommodation', 'hearing impairment — captioned calls requested'],
      ['Life event', 'pregnancy, due date 2026-05-14'],
      ['Disclosed condition', 'multiple sclerosis'],
      ['Leave reason', 'knee replacement surgery, FMLA 6 weeks'],
    ]);
    add(
      k % 2 ? `bamboo-${k}` : `workday-${k}`,
      'hr_profile',
      `${k % 2 ? 'BambooHR' : 'Workday'} · Worker Profile · ${PN(nm(e))}
Employee ID  E${r.digits(6)}   Department  ${r.pick(['Sales', 'Customer Success', 'Finance', 'Engineering'])}   Manager  ${PN(staff()[0])}
Personal
  Legal name  ${PN(nm(e))}    Preferred name  ${PN(e.first.split(' ')[0])}
  Date of birth  ${DOB(fdate(d, e.c, k))}
  ${us ? `SSN  ${SSN(ssn(r, k % 3 === 2 ? ' ' : '-'))}` : `${e.c === 'UK' ? 'NI number  QQ' + r.digits(6) + 'C' : e.c === 'CA' ? 'SIN  ' + r.digits(3) + ' ' + r.digits(3) + ' ' + r.digits(3) : 'Tax ID  ' + r.digits(9)}`}
  Home address  ${AD(ad(e))}
  Personal email  ${EM(ml(e))}    Mobile  ${PH(ph(e))}
Emergency contact  ${PN(nm(emc, false))} (${r.pick(['spouse', 'partner', 'sister', 'father'])})  ${PH(ph(emc))}
Dependents
  ${PN(`${dep.first.split(' ')[0]} ${e.last}`)}  Child  DOB ${DOB(fdate(dd, e.c, k + 1))}${us ? `  SSN ${SSN(ssn(r))}` : ''}
Benefits enrolment 2026
  Medical  PPO Gold (Employee + Child)   Dental  Basic   Vision  Waived
  ${SEN(`${med[0]}: ${med[1]}`)}
Direct deposit  ${us ? `Routing ${r.digits(9)} · Account ••••${r.digits(4)}` : 'on file'}`,
    );
  }

  // L. DocuSign envelopes, 5
  for (let k = 0; k < 5; k++) {
    const c = who();
    const c2 = who();
    const a = staff();
    add(
      `docusign-${k}`,
      'esign',
      `DocuSign Envelope ID: ${uuid(r).toUpperCase()}
${r.pick(['Master Services Agreement', 'Order Form #', 'Mutual NDA', 'Reseller Agreement'])} — ${COMPANY[(k + 11) % COMPANY.length]}
Sender: ${PN(a[0])} (${EM(sm(a))})
Recipients
  1. Signer  ${PN(nm(c))}  ${EM(wm(c, k + 11))}  Completed ${r.int(1, 28)}/${r.int(1, 12)}/2026 ${r.int(9, 18)}:${p2(r.int(0, 59))}  IP 203.0.113.${r.int(1, 254)}
  2. Signer  ${PN(nm(c2, false))}  ${EM(ml(c2))}  Sent  SMS auth ${PH(e164(r, c2.c))}
  3. CC  Legal Ops <${EM('legal-ops@maruhi-global.com')}>
Certificate of completion: ${r.int(4, 12)} pages, ${r.int(2, 6)} signatures`,
    );
  }

  // M. Webhook JSON payloads and API logs, 12
  for (let k = 0; k < 12; k++) {
    const c = who();
    const d = dob(r);
    const v = k % 4;
    if (v === 0) {
      add(
        `webhook-hubspot-${k}`,
        'json',
        `POST /hooks/crm HTTP/1.1
Content-Type: application/json
X-HubSpot-Signature-v3: ${idb(r, 43)}=

[{"eventId":${r.digits(10)},"subscriptionType":"contact.propertyChange","objectId":${r.digits(9)},"propertyName":"email","propertyValue":"${EM(ml(c))}","occurredAt":17${r.digits(11)}},
 {"eventId":${r.digits(10)},"subscriptionType":"contact.propertyChange","objectId":${r.digits(9)},"propertyName":"phone","propertyValue":"${PH(e164(r, c.c))}"}]`,
      );
    } else if (v === 1) {
      add(
        `webhook-shopify-${k}`,
        'json',
        `{
  "id": ${r.int(5000000000000, 5999999999999)},
  "email": "${EM(ml(c))}",
  "created_at": "2026-0${r.int(1, 9)}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:00+01:00",
  "total_price": "${money(r, 10, 300)}",
  "customer": { "id": ${r.digits(13)}, "first_name": "${PN(c.first)}", "last_name": "${PN(c.last)}", "phone": "${PH(e164(r, c.c))}" },
  "shipping_address": { "name": "${PN(nm(c, false))}", "address1": "${AD(streetOf(ad(c)))}", "country_code": "${c.c === 'UK' ? 'GB' : c.c}" },
  "gateway": "shopify_payments", "test": false
}`,
      );
    } else if (v === 2) {
      add(
        `apilog-${k}`,
        'log',
        `2026-02-${p2(r.int(1, 28))}T0${r.int(0, 9)}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}.${r.digits(3)}Z INFO  [req ${uuid(r)}] POST /v1/customers 201 ${r.int(20, 300)}ms ip=198.51.100.${r.int(1, 254)}
2026-02-${p2(r.int(1, 28))}T0${r.int(0, 9)}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}.${r.digits(3)}Z DEBUG [req ${uuid(r)}] body={"name":"${PN(nm(c, false))}","email":"${EM(ml(c))}","dob":"${DOB(iso(d))}","phone":"${PH(ph(c))}"}
2026-02-${p2(r.int(1, 28))}T0${r.int(0, 9)}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}.${r.digits(3)}Z WARN  [req ${uuid(r)}] PII in debug log — ticket SEC-${r.int(100, 999)} opened`,
      );
    } else {
      const b: Brand = r.pick(['V', 'M2', 'J']);
      const cn = card(r, b);
      add(
        `apilog-${k}`,
        'log',
        `[${r.int(10, 23)}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}] ERROR payment-gw trace_id=${hex(r, 32)} span=${hex(r, 16)} upstream 502
  request: {"amount":${r.int(1000, 90000)},"currency":"${r.pick(['usd', 'eur', 'gbp'])}","card":{"number":"${CC(cn)}","exp_month":${r.int(1, 12)},"exp_year":20${r.int(27, 31)},"cvc":"***"},"billing_details":{"name":"${PN(nm(c, false))}","email":"${EM(ml(c))}"}}
  note: raw PAN reached the log because the legacy SDK (v2.3.1) bypassed tokenisation`,
      );
    }
  }

  // N. Support call transcripts, 7
  for (let k = 0; k < 7; k++) {
    const c = who(k % 3 === 0 ? 'US' : undefined);
    const a = staff();
    const d = dob(r);
    const us = c.c === 'US';
    add(
      `call-${k}`,
      'call_transcript',
      `Call recording transcript · ${r.int(4, 19)} min · Queue: ${r.pick(['Billing', 'Tech support', 'Retention'])}
AGENT (${PN(a[0])}): Thanks for calling, this is ${PN(a[0].split(' ')[0])}. Who am I speaking with?
CUSTOMER: Hi, it's ${PN(nm(c, false))}.
AGENT: Thanks ${PN(c.first)}. For security, can you confirm your date of birth?
CUSTOMER: ${DOB(fdate(d, c.c, k + 2))}.
AGENT: ${us ? `And the last four of your social?` : 'And the postcode on the account?'}
CUSTOMER: ${us ? `${r.digits(4)}. Actually you can have the whole thing, ${SSN(ssn(r, ' '))}, I just want this sorted.` : `It's on ${AD(ad(c))}.`}
AGENT: Perfect. And is ${PH(ph(c))} still the best number?
CUSTOMER: ${r.pick(['Yes.', 'Yeah that works.', 'No, use my work email ' + EM(wm(c, k)) + '.'])}
[${r.pick(['Speaker 2', 'Caller'])} silence 00:${p2(r.int(2, 9))}]`,
    );
  }

  // O. CRM notes typed by reps in lower case with typos, 7
  for (let k = 0; k < 7; k++) {
    const c = who();
    const c2 = who();
    add(
      `note-${k}`,
      'crm_note',
      r.pick([
        `${PN(`${c.first} ${c.last}`.toLowerCase())} called back - wnats pricing for 20 seats, said to email ${EM(ml(c))} not the generic one. ${r.pick(['also', 'fyi'])} her boss is ${PN(`${c2.first.slice(0, 1)}. ${c2.last}`)}, decision maker`,
        `mtg w ${PN(c.first.toLowerCase())} + ${PN(c2.first.toLowerCase())} @ their ofice (${AD(ad(c))}). went well, follow up tmrw on ${PH(ph(c))}`,
        `lvm for ${PN(nm(c, false))} x2, try cell ${PH(ph(c))}. assistant ${PN(c2.first)} said shes on leave til the 15th`,
      ]),
    );
  }

  // P. Misc English mixed documents (hand-written), 6
  {
    const c = who('MX');
    const c2 = who('BR');
    const a = staff();
    add(
      'freshsales-mx',
      'crm_record',
      `Cuenta: Quintero Textiles SA de CV   RFC QTE${r.digits(6)}AB1
Contacto principal: ${PN(nm(c, false))}   Tel. ${PH(ph(c))}   Correo ${EM(ml(c))}
Dirección fiscal: ${AD(ad(c))}
Contacto Brasil: ${PN(nm(c2, false))} — ${PH(ph(c2))} (WhatsApp), CPF ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}
Owner: ${PN(a[0])}`,
    );
    const n = who('NL');
    const de = who('DE');
    add(
      'supplier-banking',
      'finance_record',
      `Supplier master — bank details change request (verified by call-back)
${COMPANY[5]}: contact ${PN(nm(n, false))}, call-back on ${PH(ph(n))} OK
  old IBAN ${IB(ibanOf(r, 'NL'))} → new IBAN ${IB(ibanOf(r, 'NL', false))}
${COMPANY[11]}: contact ${PN(nm(de, false))}, ${EM(wm(de, 11))}
  IBAN ${IB(ibanOf(r, 'DE'))}  (Steuernummer ${r.digits(2)}/${r.digits(3)}/${r.digits(5)} — not needed)`,
    );
    const f = who('FR');
    const it = who('IT');
    const es = who('ES');
    add(
      'expense-reimb',
      'finance_record',
      `Expense reimbursement batch — EU contractors (Workday export)
worker,iban,amount_eur
${PN(nm(f, false))},${IB(ibanOf(r, 'FR', false))},${money(r, 50, 900)}
${PN(nm(it, false))},${IB(ibanOf(r, 'IT', false))},${money(r, 50, 900)}
${PN(nm(es, false))},${IB(ibanOf(r, 'ES', false))},${money(r, 50, 900)}`,
    );
    const br = who('BR');
    add(
      'br-payout',
      'payments_dashboard',
      `Payout recipient (Brazil) — ${PN(nm(br, false))}
IBAN ${IB(ibanOf(r, 'BR'))}
PIX key ${EM(ml(br))}
Phone ${PH(phoneOf(r, 'BR'))}`,
    );
    const ie = who('IE');
    const uk = who('UK');
    add(
      'gdpr-dsar',
      'ticket',
      `Privacy request (DSAR) · OneTrust · Request ${r.int(1000, 9999)}
Data subject: ${PN(nm(ie))}  Email: ${EM(ml(ie))}
Verified via: utility bill showing ${AD(ad(ie))}
Systems to search: Salesforce, Zendesk, Stripe, Mailchimp
Handled by ${PN(nm(uk, false))}, DPO office, ${PH(phoneOf(r, 'UK'))}`,
    );
    const sg = who('SG');
    const ph1 = who('PH');
    const in1 = who('IN');
    add(
      'apac-roster',
      'tsv_export',
      `name\tcountry\tmobile\temail\tbirthday
${PN(nm(sg, false))}\tSG\t${PH(phoneOf(r, 'SG'))}\t${EM(ml(sg))}\t${DOB(fdate(dob(r), 'SG', 1))}
${PN(nm(ph1, false))}\tPH\t${PH(phoneOf(r, 'PH'))}\t${EM(ml(ph1))}\t${DOB(fdate(dob(r), 'PH', 0))}
${PN(nm(in1))}\tIN\t${PH(phoneOf(r, 'IN'))}\t${EM(ml(in1))}\t${DOB(fdate(dob(r), 'IN', 3))}`,
    );
  }

  // Q. Japanese head-office use of the same tools, 36
  for (let k = 0; k < 8; k++) {
    const p = jn();
    const o = jn();
    const [zip, a] = jad();
    add(
      `sf-ja-${k}`,
      'crm_record_ja',
      k % 2
        ? `取引先責任者
${PN(`${p[0]} ${p[1]}`)}（${PN(`${p[2]} ${p[3]}`)}）
役職　${r.pick(['購買部 部長', '総務課 課長', '情報システム部'])}　取引先名　株式会社${r.pick(['東邦精機', 'みなと物流', '北斗システム', 'あおば食品'])}
電話　${PH(jfix())}　携帯　${PH(jmob())}
メール　${EM(`${r.pick(['info', 'k-' + r.digits(3)])}@${r.pick(['toho-seiki.co.jp', 'minato-butsuryu.jp', 'hokuto-sys.co.jp'])}`)}
郵送先住所　〒${ZIP(zip)} ${AD(a)}
取引先責任者 所有者　${PN(`${o[0]} ${o[1]}`)}
活動履歴　電話：見積再提出の件（${PN(o[0])}）`
        : `リード　${r.pick(['未対応', '対応中'])}
氏名：${PN(`${p[0]} ${p[1]}`)}　会社名：${r.pick(['有限会社', '株式会社'])}${r.pick(['さくら工務店', '丸山運輸', '日進ソフト'])}
メール：${EM(`${p[2] === 'アライ' ? 'arai' : 'contact'}${r.digits(2)}@${r.pick(['gmail.com', 'yahoo.co.jp'])}`)}
電話：${PH(jmob())}
住所：${AD(a)}
生年月日：${DOB(jdate(dob(r), k))}
リード所有者：${PN(`${o[0]} ${o[1]}`)}`,
    );
  }
  for (let k = 0; k < 8; k++) {
    const p = jn();
    const o = jn();
    const [zip, a] = jad();
    const v = k % 3;
    add(
      `zd-ja-${k}`,
      'ticket_ja',
      v === 0
        ? `チケット #${r.int(10000, 99999)}　返金のお問い合わせ
依頼者：${PN(`${p[0]} ${p[1]}`)}　担当者：${PN(`${o[0]} ${o[1]}`)}　グループ：カスタマーサポート
${PN(p[0])}様より：注文した商品が届きません。連絡先は${PH(jmob())}です。
${PN(o[0])}：ご不便をおかけしております。配送先（〒${ZIP(zip)} ${AD(a)}）を再確認いたします。
社内メモ：配送業者に確認済み（追跡番号 ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}）`
        : v === 1
          ? `【Zendesk】チケット更新 #${r.int(10000, 99999)}
お客様：${PN(`${p[2]} ${p[3]}`)}（${PN(`${p[0]} ${p[1]}`)}）
メールアドレス：${EM(`${r.pick(['tk', 'my', 'hs'])}${r.digits(4)}@${r.pick(['docomo.ne.jp', 'icloud.com', 'gmail.com'])}`)}
内容：クレジットカードの登録を変更したい。新しいカード番号は ${CC(g4(card(r, 'J')))} とのこと（※チケット本文から削除予定）
対応者：${PN(`${o[0]} ${o[1]}`)}`
          : `チャット履歴（Zendesk Chat）
14:02 ${PN(p[1])}：すみません、住所変更したいです
14:03 ${PN(o[0])}（サポート）：承知しました。新しいご住所をお願いいたします。
14:05 ${PN(p[1])}：${ZIP(zip)} ${AD(a)} です
14:05 ${PN(p[1])}：電話は ${PH(jmob())}
14:06 ${PN(o[0])}（サポート）：変更いたしました。`,
    );
  }
  for (let k = 0; k < 6; k++) {
    const rows: string[] = [];
    for (let j = 0; j < 3; j++) {
      const p = jn();
      const [zip, a] = jad();
      rows.push(
        k % 2
          ? `"${r.int(100, 999)}","株式会社${r.pick(['青葉商事', '浜名製作所', '大和テック', '瑞穂建設', '千代田ケミカル'])}","${CORP(corp(r.digits(12)))}","${PN(`${p[0]} ${p[1]}`)}","${PH(jfix())}","${ZIP(zip)}","${AD(a)}"`
          : `${r.int(1, 400)},${PN(`${p[0]} ${p[1]}`)},${PN(`${p[2]} ${p[3]}`)},${EM(`user${r.digits(4)}@${r.pick(['nifty.com', 'ocn.ne.jp', 'gmail.com'])}`)},${PH(jmob())},${ZIP(zip)},${AD(a)}`,
      );
    }
    add(
      `kintone-${k}`,
      'csv_export_ja',
      k % 2 ? `"レコード番号","会社名","法人番号","担当者名","電話番号","郵便番号","住所"\n${rows.join('\n')}` : `レコード番号,氏名,フリガナ,メール,携帯番号,郵便番号,住所\n${rows.join('\n')}`,
    );
  }
  for (let k = 0; k < 6; k++) {
    const p = jn();
    const q = jn();
    const s = staff();
    add(
      `slack-ja-${k}`,
      'chat_ja',
      k % 2
        ? `${PN(`${p[0]} ${p[1]}`)}  ${r.int(9, 18)}:${p2(r.int(0, 59))}
${PN(q[0])}さん、シンガポールの${PN(s[0])}さんの連絡先わかりますか？
${PN(`${q[0]} ${q[1]}`)}  ${r.int(9, 18)}:${p2(r.int(0, 59))}
${EM(sm(s))} です。携帯は ${PH(`+65 9${r.digits(3)} ${r.digits(4)}`)} って聞いてます`
        : `#営業-東日本
${PN(`${p[0]} ${p[1]}`)}：${r.pick(['みなと物流', '北斗システム'])}の${PN(q[0])}様から折り返し依頼あり。${PH(jfix())}（直通）
${PN(jn().slice(0, 2).join(' '))}：了解です、午後に電話します🙏`,
    );
  }
  for (let k = 0; k < 4; k++) {
    const p = jn();
    const [zip, a] = jad();
    const d = dob(r, 1970, 2001);
    add(
      `workday-ja-${k}`,
      'hr_profile_ja',
      `従業員プロフィール（Workday）
氏名　${PN(`${p[0]} ${p[1]}`)}　カナ　${PN(`${p[2]} ${p[3]}`)}
生年月日　${DOB(jdate(d, k + 1))}
個人番号　${MN(k % 2 ? mn(r.digits(11)) : `${mn(`${r.int(1, 9)}${r.digits(10)}`).replace(/(\d{4})(\d{4})(\d{4})/, '$1 $2 $3')}`)}
現住所　〒${ZIP(zip)} ${AD(a)}
緊急連絡先　${PN(`${p[0]} ${jn()[1]}`)}（${r.pick(['配偶者', '母', '父'])}）${PH(jmob())}
${k % 2 ? SEN('健康情報：腰椎椎間板ヘルニアのため重量物の取扱い不可') : '健康診断：受診済'}
入社日　20${r.int(10, 24)}年4月1日`,
    );
  }
  for (let k = 0; k < 4; k++) {
    const p = jn();
    const s = staff();
    const c = who();
    add(
      `mail-ja-${k}`,
      'email_ja',
      `件名：Re: 海外顧客の紹介について
${PN(`${p[0]}`)}さん

${r.pick(['ロンドン', 'シドニー', 'ムンバイ', 'メキシコシティ'])}拠点の${PN(s[0])}です。ご紹介いただいた${PN(nm(c, false))}氏の連絡先を共有します。
${EM(ml(c))} / ${PH(ph(c))}
オフィス：${AD(ad(c))}

--
${PN(s[0])}
Maruhi Global ${r.pick(['Ltd', 'Pty Ltd', 'Pvt Ltd', 'S.A. de C.V.'])}
${EM(sm(s))}`,
    );
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Hard negatives, 44

  for (let k = 0; k < 4; k++)
    neg(
      `dashboard-${k}`,
      'dashboard',
      `${r.pick(['Sales Overview', 'Support KPIs', 'Revenue — EMEA', 'APAC Pipeline Health'])} · last 30 days
Tickets created ${r.int(800, 4000)}  ·  Solved ${r.int(700, 3900)}  ·  CSAT ${r.int(85, 98)}.${r.int(0, 9)}%  ·  First reply ${r.int(1, 9)}h ${r.int(0, 59)}m
New customers ${r.int(40, 400)}  ·  MRR $${money(r, 100000, 900000)}  ·  Churn ${r.int(1, 4)}.${r.int(0, 9)}%
Top countries: US ${r.int(20, 40)}%, UK ${r.int(8, 15)}%, DE ${r.int(5, 10)}%, AU ${r.int(3, 8)}%, SG ${r.int(2, 6)}%
Updated ${MON[r.int(0, 11)].slice(0, 3)} ${r.int(1, 28)}, 2026 07:${p2(r.int(0, 59))} UTC`,
    );
  for (let k = 0; k < 3; k++)
    neg(
      `pipeline-${k}`,
      'report',
      `Opportunity Pipeline by Stage (FY2026 Q${k + 1})
Stage,Count,Amount (USD),Weighted
Prospecting,${r.int(40, 120)},${money(r, 300000, 900000)},10%
Qualification,${r.int(20, 80)},${money(r, 200000, 700000)},20%
Proposal/Price Quote,${r.int(10, 40)},${money(r, 100000, 500000)},50%
Negotiation/Review,${r.int(5, 20)},${money(r, 80000, 300000)},75%
Closed Won,${r.int(5, 25)},${money(r, 100000, 600000)},100%`,
    );
  for (let k = 0; k < 3; k++)
    neg(
      `catalogue-${k}`,
      'catalogue',
      `SKU,Product,Variant,Price,Stock,Barcode
MRH-${r.digits(4)}-BLK,Thermal label printer,USB-C,${money(r, 90, 300)},${r.int(0, 500)},4${r.digits(12)}
MRH-${r.digits(4)}-WHT,Barcode scanner,Bluetooth,${money(r, 40, 200)},${r.int(0, 500)},4${r.digits(12)}
MRH-${r.digits(4)}-GRY,Label roll 4x6,500 pcs,${money(r, 5, 30)},${r.int(0, 5000)},4${r.digits(12)}
ACC-${r.digits(6)},Wall mount,—,${money(r, 5, 40)},${r.int(0, 900)},4${r.digits(12)}`,
    );
  neg(
    'release-notes',
    'changelog',
    `## v4.18.2 (2026-02-11)
- Fix: checkout failed for surnames containing an apostrophe (SUP-412)
- Fix: address autocomplete dropped the unit number (ENG-2291)
- Perf: contact list export is 3.4x faster for > 100k rows
## v4.18.0 (2026-01-28)
- New: Stripe webhook signature v2 support; Node 22 LTS; bumped @zendesk/sdk to 9.2.0
- Deprecated: /api/v1/leads (sunset 2026-07-01)`,
  );
  neg(
    'changelog-lib',
    'changelog',
    `CHANGELOG
3.12.0 — build 20260119.4 — sha 9f3c2e1
  * upgraded hubspot-api-client 11.1.0 → 12.0.1
  * retry with exponential backoff (base 250 ms, max 8 s)
3.11.7 — build 20251202.1
  * security: CVE-2025-31337 patched in xml parser`,
  );
  neg(
    'api-docs-stripe',
    'api_docs',
    `Create a customer
curl https://api.stripe.com/v1/customers \\
  -u sk_test_•••: \\
  -d name="Jenny Rosen" \\
  -d email="jenny.rosen@example.com" \\
  -d phone="+15555550100"
Test cards: 4242 4242 4242 4242 (Visa), 5555 5555 5555 4444 (Mastercard), 3782 822463 10005 (Amex), 4000 0566 5566 5556 (Visa debit). Use any future expiry and any 3-digit CVC.`,
  );
  neg(
    'api-docs-crm',
    'api_docs',
    `POST /crm/v3/objects/contacts
Request body (example)
{
  "properties": {
    "email": "john.doe@example.com",
    "firstname": "John",
    "lastname": "Doe",
    "phone": "(555) 555-0123",
    "company": "Example Corp"
  }
}
Response 201: { "id": "512", "createdAt": "2019-10-30T03:30:17.883Z", "archived": false }`,
  );
  neg(
    'api-docs-sdk',
    'api_docs',
    `// Quick start
const client = new Client({ apiKey: process.env.API_KEY });
await client.contacts.create({ name: 'Jane Doe', email: 'jane@example.org', phone: '555-0100' });
// Sandbox IBAN for testing: see the "Test data" page. Never use real customer data in the sandbox.`,
  );
  neg(
    'merge-template',
    'marketing',
    `Subject: {{first_name}}, your renewal is coming up
Hi {{first_name}},
Your {{plan_name}} plan renews on {{renewal_date}}. Questions? Just reply to this e-mail.
— The {{company.name}} team
Unsubscribe: {{unsubscribe_link}}   Sent to %EMAIL% by %SENDER_ADDRESS%`,
  );
  neg(
    'marketing-copy',
    'marketing',
    `Meet the new Label Studio Pro. Print 120 labels a minute, connect to Shopify, Amazon and eBay in one click, and save up to 30% on postage. "It paid for itself in a month," says one of our 12,000 customers across 40 countries. Free trial — no card required.`,
  );
  for (let k = 0; k < 4; k++)
    neg(
      `log-${k}`,
      'log',
      Array.from(
        { length: 4 },
        () =>
          `2026-0${r.int(1, 9)}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}.${r.digits(3)}Z ${r.pick(['INFO', 'WARN', 'DEBUG'])} ${r.pick(['api-gw', 'billing-worker', 'crm-sync'])} request_id=${uuid(r)} trace=${hex(r, 32)} client_ip=${r.int(10, 203)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)} status=${r.pick([200, 201, 304, 429, 503])} latency_ms=${r.int(3, 900)}`,
      ).join('\n'),
    );
  for (let k = 0; k < 3; k++) {
    const ord = luhn(`${r.int(1, 9)}${r.digits(14)}`);
    neg(
      `orders-${k}`,
      'commerce_admin',
      `Orders export (no customer fields)
order_number,created_at,total,currency,fulfillment,tracking
${ord},2026-01-${p2(r.int(1, 28))} 10:${p2(r.int(0, 59))},${money(r, 10, 400)},USD,fulfilled,1Z${r.digits(3)}${idb(r, 3).toUpperCase()}${r.digits(10)}
${luhn(`${r.int(1, 9)}${r.digits(15)}`)},2026-01-${p2(r.int(1, 28))} 11:${p2(r.int(0, 59))},${money(r, 10, 400)},EUR,partial,JD01460000${r.digits(10)}
${r.digits(16)},2026-01-${p2(r.int(1, 28))} 12:${p2(r.int(0, 59))},${money(r, 10, 400)},GBP,unfulfilled,—`,
    );
  }
  for (let k = 0; k < 3; k++)
    neg(
      `invoice-${k}`,
      'finance_record',
      `Invoice INV-2026-${r.digits(5)}   Issue date 2026-0${r.int(1, 9)}-${p2(r.int(1, 28))}   Due net 30
Bill to: ${COMPANY[(k * 3) % COMPANY.length]} (Accounts Payable)
Line 1  Annual subscription, ${r.int(10, 90)} seats   $${money(r, 5000, 60000)}
Line 2  Premium support   $${money(r, 1000, 9000)}
PO ${r.digits(10)}  ·  Tax ${r.int(0, 20)}%  ·  Ref ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`,
    );
  neg(
    'books',
    'catalogue',
    `Reading list — onboarding
ISBN 978-0-13-468599-1  The Pragmatic Programmer (20th anniv.)
ISBN 978-1-4919-5038-9  Designing Data-Intensive Applications
ISBN 978-0-06-231609-7  Never Split the Difference`,
  );
  neg(
    'news-1',
    'news',
    `Bank of Japan Governor Kazuo Ueda said on Tuesday the central bank would keep raising rates if the economy performs as expected, while U.S. Federal Reserve Chair Jerome Powell signalled a pause. Salesforce CEO Marc Benioff told analysts the company expects AI agents to add $2 billion in annual revenue.`,
  );
  neg(
    'news-2',
    'news',
    `Shopify shares rose 6% after President Harley Finkelstein said merchant sales grew 29% year on year. Separately, Stripe co-founder Patrick Collison said the payments firm processed $1.4 trillion in 2024.`,
  );
  neg(
    'company-page',
    'web_page',
    `Contact us
Our offices: Tokyo (HQ), London, Dublin, Singapore, Sydney, Bengaluru, Manila, Mexico City.
Sales enquiries: use the form below and a team member in your region will respond within one business day.
Press: see our newsroom. Careers: see open roles. Status: status page.`,
  );
  neg(
    'status-page',
    'web_page',
    `All systems operational
API  99.99%   Dashboard  99.98%   Webhooks  99.95%
Past incidents
Feb 3, 2026 14:12–14:47 UTC — Elevated webhook latency in eu-west-1 (resolved)
Jan 20, 2026 02:00–03:30 UTC — Scheduled maintenance: database failover test`,
  );
  neg(
    'versions',
    'config',
    `node 22.11.0 · npm 10.9.0 · typescript 5.6.3 · wxt 0.19.13
chrome 131.0.6778.86 · firefox 133.0 · build 2026.02.11-1842 · commit a91f0c3e7b
ip allowlist: 10.0.0.0/8, 172.16.0.0/12, 192.168.10.24/32`,
  );
  neg(
    'payout-summary',
    'payments_dashboard',
    `Payouts · po_${idb(r, 24)}
Arrives ${MON[r.int(0, 11)].slice(0, 3)} ${r.int(1, 28)}, 2026 · ${r.pick(['JPMorgan Chase', 'Barclays', 'DBS'])} •••• ${r.digits(4)}
Charges $${money(r, 10000, 90000)}  Refunds -$${money(r, 100, 2000)}  Fees -$${money(r, 300, 3000)}  Net $${money(r, 9000, 85000)}
${r.int(200, 900)} transactions · statement descriptor MARUHI GLOBAL`,
  );
  neg(
    'masked-customers',
    'payments_dashboard',
    `Customers (privacy mode on)
cus_${idb(r, 14)}   m•••••@gmail.com     +1 ••• ••• ${r.digits(4)}   Visa •••• ${r.digits(4)}
cus_${idb(r, 14)}   j•••@outlook.com     +44 •••• ••${r.digits(4)}   Mastercard •••• ${r.digits(4)}
cus_${idb(r, 14)}   a•••••@web.de        +49 ••• •••${r.digits(4)}    Amex •••• ${r.digits(5)}
SSN on file: ***-**-${r.digits(4)}`,
  );
  neg(
    'zd-macro',
    'ticket',
    `Macro: Refund issued (EN)
Hi {{ticket.requester.first_name}},
Thanks for reaching out. We've issued a refund of {{ticket.ticket_field_amount}} to your original payment method. It usually appears within 5–10 business days.
Best,
{{current_user.first_name}}
Actions: Status → Solved · Tags + refund_issued · Group → Billing EMEA`,
  );
  neg(
    'jira-bug-generic',
    'issue',
    `PLAT-${r.int(1000, 9999)} Rate limiter returns 429 below quota
Env: prod-eu, version 4.17.9, pod api-7d9f8c6b5-x2kqp
Steps: send 90 req/s for 60 s with key tier=standard (quota 100 req/s)
Expected: 200; Actual: ~4% 429 after 40 s. Trace ids: ${hex(r, 32)}, ${hex(r, 32)}
Suspect clock skew between nodes (NTP drift 180 ms).`,
  );
  neg(
    'cal-internal',
    'calendar',
    `Sprint planning
Every other Monday · 10:00 – 11:00 (GMT+9)
Location: TKY-12F-Fuji (8)
Zoom https://zoom.us/j/${r.digits(11)} · Meeting ID ${r.digits(3)} ${r.digits(4)} ${r.digits(4)} · Passcode ${r.digits(6)}
Guests: #eng-platform (group, 14 members)`,
  );
  neg(
    'slack-ops',
    'chat',
    `#ops-alerts
PagerDuty: [TRIGGERED] p95 latency > 800ms on checkout-api (incident #${r.int(10000, 99999)})
Datadog: monitor ${r.digits(8)} recovered after 6m
Deploy bot: v4.18.2 rolled out to 100% of eu-west-1 (build ${r.digits(4)}, sha ${hex(r, 7)})`,
  );
  neg(
    'tracking',
    'shipping',
    `Shipment tracking
UPS 1Z${r.digits(3)}AA1${r.digits(10)}  — Out for delivery
DHL ${r.digits(10)}  — In transit, Leipzig hub
Royal Mail ${idb(r, 2).toUpperCase()}${r.digits(9)}GB  — Delivered
FedEx ${r.digits(12)}  — Label created`,
  );
  neg(
    'csv-aggregate',
    'csv_export',
    `country,customers,avg_order_value,refund_rate
US,${r.int(1000, 9000)},${money(r, 40, 90)},2.1%
GB,${r.int(500, 4000)},${money(r, 40, 90)},1.8%
DE,${r.int(300, 3000)},${money(r, 40, 90)},1.2%
BR,${r.int(100, 900)},${money(r, 40, 90)},3.4%
MX,${r.int(100, 900)},${money(r, 40, 90)},2.9%`,
  );
  neg(
    'webhook-generic',
    'json',
    `{"id":"evt_${idb(r, 24)}","object":"event","api_version":"2024-06-20","created":17${r.digits(8)},"type":"payout.paid","data":{"object":{"id":"po_${idb(r, 24)}","amount":${r.int(100000, 9000000)},"currency":"usd","arrival_date":17${r.digits(8)},"status":"paid"}},"livemode":true,"pending_webhooks":1,"request":{"id":null,"idempotency_key":"${uuid(r)}"}}`,
  );
  neg(
    'itin-placeholder',
    'form_help',
    `W-9 help: enter your SSN in the format 000-00-0000 or your ITIN (begins with 9, e.g. 9XX-7X-XXXX). Do not enter an EIN here. Sample form values shown in grey are placeholders and are not stored.`,
  );
  neg(
    'timesheet-totals',
    'report',
    `Timesheet summary — week 2026-W07
Team,Hours,Billable,Utilisation
CS EMEA,${r.int(300, 600)},${r.int(200, 500)},${r.int(60, 90)}%
CS APAC,${r.int(300, 600)},${r.int(200, 500)},${r.int(60, 90)}%
Sales NA,${r.int(300, 600)},${r.int(200, 500)},${r.int(60, 90)}%`,
  );
  neg(
    'sandbox-cards',
    'api_docs',
    `Adyen test card numbers (sandbox only)
Mastercard 2222 4000 7000 0005   exp 03/30  CVC 737
Visa       4111 1111 4555 1142   exp 03/30  CVC 737
JCB        3569 9900 1009 5841   exp 03/30  CVC 737
Use holder name "Test User" and any address.`,
  );
  // Japanese negatives, 8
  neg(
    'ja-dashboard',
    'dashboard_ja',
    `営業ダッシュボード（2026年1月）
新規商談 ${r.int(100, 400)}件　受注 ${r.int(20, 90)}件　受注率 ${r.int(15, 35)}.${r.int(0, 9)}%
売上 ${r.int(1, 9)}億${r.int(1000, 9999)}万円（前年同月比 +${r.int(1, 20)}.${r.int(0, 9)}%）
地域別：東日本 ${r.int(30, 50)}%、西日本 ${r.int(20, 40)}%、海外 ${r.int(10, 25)}%`,
  );
  neg(
    'ja-pipeline',
    'report_ja',
    `商談フェーズ別集計
フェーズ,件数,金額（円）
初回訪問,${r.int(50, 150)},${r.int(10000000, 90000000).toLocaleString('en-US')}
提案,${r.int(20, 80)},${r.int(10000000, 90000000).toLocaleString('en-US')}
見積提示,${r.int(10, 40)},${r.int(10000000, 90000000).toLocaleString('en-US')}
受注,${r.int(5, 30)},${r.int(10000000, 90000000).toLocaleString('en-US')}`,
  );
  neg(
    'ja-release',
    'changelog_ja',
    `リリースノート v3.2.0（2026年2月10日）
・kintone連携：レコード番号 ${r.int(1000, 9999)} 以降の差分同期に対応
・Zendesk連携の障害（1月28日 14:00〜15:20）を修正
・対応ブラウザ：Chrome 131 以降、Edge 131 以降`,
  );
  neg(
    'ja-zd-macro',
    'ticket_ja',
    `マクロ：返金完了のご連絡
{{ticket.requester.name}} 様
お問い合わせいただきありがとうございます。ご注文番号 {{ticket.order_no}} の返金手続きが完了しました。
担当：{{current_user.name}}`,
  );
  neg(
    'ja-orders',
    'commerce_admin_ja',
    `受注一覧（個人情報非表示）
受注番号,受注日,金額,配送状況
${luhn(`${r.int(1, 9)}${r.digits(14)}`)},2026/01/${p2(r.int(1, 28))},${r.int(1000, 90000)}円,発送済
${r.digits(12)},2026/01/${p2(r.int(1, 28))},${r.int(1000, 90000)}円,準備中
${r.digits(12)},2026/01/${p2(r.int(1, 28))},${r.int(1000, 90000)}円,キャンセル`,
  );
  neg(
    'ja-news',
    'news_ja',
    `日本銀行の植田和男総裁は記者会見で、経済・物価の見通しが実現していけば引き続き政策金利を引き上げる考えを示した。トヨタ自動車や本田技研工業の株価は小幅に上昇した。`,
  );
  neg(
    'ja-log',
    'log',
    `2026-02-03 10:12:44 INFO  kintone-sync app=${r.int(100, 999)} records=${r.int(10, 900)} took=${r.int(100, 9000)}ms request_id=${uuid(r)}
2026-02-03 10:12:45 WARN  kintone-sync retry=1 status=429 ip=10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  );
  neg(
    'ja-products',
    'catalogue_ja',
    `商品マスタ
品番,商品名,JANコード,単価
MR-${r.digits(4)},感熱ラベルプリンター,49${r.digits(11)},${r.int(10000, 40000)}
MR-${r.digits(4)},ラベルロール（500枚）,49${r.digits(11)},${r.int(500, 3000)}
TK${r.digits(7)},交換用ヘッド,49${r.digits(11)},${r.int(3000, 9000)}`,
  );
  return out;
}

export const INDEPENDENT9: IndependentDoc[] = buildIndependent9();
