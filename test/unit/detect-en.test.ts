// English names (utils/detect/en.ts): the rules added for lists, roles, possessives and names set off at the end of a
// sentence, and the cases the fast paths must keep.
import { describe, expect, it } from 'vitest';
import { scan } from '../../utils/detect';
import { ordinaryWord } from '../../utils/detect/en-word';

const names = (text: string) =>
  scan(text)
    .findings.filter((f) => f.type === 'person_name' && f.confidence >= 0.8)
    .map((f) => text.slice(f.start, f.end));

describe('English names in lists', () => {
  it('takes every lone word of a list after a plural person cue', () => {
    expect(names('The founders: Okonkwo, Lindqvist and Barreto. They met at school.')).toEqual(['Okonkwo', 'Lindqvist', 'Barreto']);
    expect(names('Our kids: Aurelio, Brannagh & Cosimo\n')).toEqual(['Aurelio', 'Brannagh', 'Cosimo']);
  });
  it('takes a list only when it ends like one, and never a firm or a country in it', () => {
    expect(names('Dear Okonkwo, Lindqvist and Barreto will join us.')).toEqual(['Okonkwo']);
    expect(names('Dear Okonkwo, Google announced a new phone.')).toEqual(['Okonkwo']);
    expect(names('The founders: Okonkwo, Germany and Holdings Inc.')).toEqual(['Okonkwo']);
  });
});

describe('English names by role, possessive and address', () => {
  it('takes a full name after a role or relation word', () => {
    expect(names('We watched tennis player Hülya Bouwmeester win the final.')).toEqual(['Hülya Bouwmeester']);
    expect(names('I asked my colleague Petr Kloz about it.')).toEqual(['Petr Kloz']);
  });
  it('takes a word before a possessive that only people have', () => {
    expect(names("It is Meza's song, not a hymn.")).toEqual(['Meza']);
    expect(names("Ubul's wife called.")).toEqual(['Ubul']);
  });
  it('takes a word before what only a person is born to, marries or leaves behind', () => {
    expect(names("Radovan Zelenka's killers were never found.")).toEqual(['Radovan Zelenka']);
    expect(names("We attended Ksawery's wedding in June.")).toEqual(['Ksawery']);
    expect(names("Google's retirement plan changed. Flash's death was slow.")).toEqual([]);
  });
  it('needs a given name or a full name for what anyone may have', () => {
    expect(names("Google's address is on the site.")).toEqual([]);
    expect(names("Please send Anna Kowalczyk's address.")).toEqual(['Anna Kowalczyk']);
  });
  it('takes a given name set off at the end of a sentence, not after a greeting', () => {
    expect(names("Don't go to town, Mark!")).toEqual(['Mark']);
    expect(names('Hello, World! Thanks, Apple!')).toEqual([]);
  });
});

describe('English given names from more locales', () => {
  it('knows French and Dutch given names, alone and with an unlisted surname', () => {
    expect(names('The draft went to Thijs yesterday.')).toEqual(['Thijs']);
    expect(names('Sjoerd Kuipers will bring the files.')).toEqual(['Sjoerd Kuipers']);
  });
  it('does not take a listed given name that is as often a common English word for a name on its own', () => {
    expect(names('It merged with Swan and Hunter in 1903.')).toEqual([]);
    expect(names('A new soap, Lux, went on sale.')).toEqual([]);
    expect(names('The label sold Taco to a rival.')).toEqual([]);
    expect(names('「Ange」は2004年に結成された。')).toEqual([]);
    expect(names('Merlin Society meets on Fridays.')).toEqual([]);
  });
});

describe('English full names in running text', () => {
  it('takes two capitalised words that read as names after a lower-case word', () => {
    expect(names('I think Dorota Zielonka deserves the award.')).toEqual(['Dorota Zielonka']);
    expect(names('We still owe Bartosz Zielinski a reply.')).toEqual(['Bartosz Zielinski']);
  });
  it('reads ordinary English words and names apart by their letters', () => {
    const ord = (w: string) => ordinaryWord(w, 0, w.length);
    expect(['Research', 'Explorer', 'Measures', 'Consumer'].map(ord)).toEqual([true, true, true, true]);
    expect(['Zielonka', 'Musliyevich', 'Horký', 'Østrem'].map(ord)).toEqual([false, false, false, false]);
    for (const w of ['', 'x', '\u0000\uffff', 'A'.repeat(500), '\ud800']) expect(typeof ord(w)).toBe('boolean');
  });
  it('does not count the word that opens the sentence as part of the name', () => {
    expect(names('Ask Dorota Zielonka about the keys.')).toEqual(['Dorota Zielonka']);
    expect(names('Thanks again. Call Ingrid tomorrow.')).toEqual(['Ingrid']);
    expect(names('Visit Kuala Lumpur in May.')).toEqual([]);
  });
  it('takes a name before a verb that people do, not one that firms do too', () => {
    expect(names('Later, Ksawery just laughed.')).toEqual(['Ksawery']);
    expect(names('Dorota Zielonka retired in 2010.')).toEqual(['Dorota Zielonka']);
    expect(names('Samsung said the plant would close.')).toEqual([]);
    expect(names('Webpack thinks in modules.')).toEqual([]);
  });
  it('takes a full name after "to" when a verb before it takes a person there', () => {
    expect(names('The letter was addressed to Dorota Zielonka directly.')).toEqual(['Dorota Zielonka']);
    expect(names('We moved to Kuala Lumpur.')).toEqual([]);
  });
  it('leaves runs of ordinary words, and places after a preposition', () => {
    expect(names('She reads Consumer Reports every month.')).toEqual([]);
    expect(names('The page still supports Internet Explorer today.')).toEqual([]);
    expect(names('Tests run on Windows Subsystem for Linux too.')).toEqual([]);
    expect(names('We drove to Kuala Lumpur and back.')).toEqual([]);
  });
});

describe('English names after kin words and honorifics', () => {
  it('takes a lone word that reads as a name after a verb done only to people', () => {
    expect(names('In 2001 she married Ksawery in Lodz.')).toEqual(['Ksawery']);
    expect(names('He texted Radomila twice.')).toEqual(['Radomila']);
    expect(names('We interviewed Google about it.')).toEqual([]);
  });
  it('takes a lone name after a possessive and a relation word, even a given name that is also a word', () => {
    expect(names('I went with my friend Jouko to the game.')).toEqual(['Jouko']);
    expect(names('Her brother Mark stayed home.')).toEqual(['Mark']);
    expect(names('The best friend Google has.')).toEqual([]);
  });
  it('takes a name after a lower-case honorific written as one, not after a unit', () => {
    expect(names('Please speak with ms. Ottilie about it.')).toEqual(['Ottilie']);
    expect(names("I'd like to join accounts with ms. Ottilie")).toEqual(['Ottilie']);
    expect(names('It took 30 ms. Results follow.')).toEqual([]);
  });
});

describe('English names beside a name, an address or an age', () => {
  it('takes a word that reads as a name paired with a listed given name by "and", not in a firm-like list', () => {
    expect(names('Anna and Ksawery went home.')).toEqual(['Anna', 'Ksawery']);
    expect(names('Ksawery and Anna went home.')).toEqual(['Ksawery', 'Anna']);
    expect(names('She sued Jones, Mitchell and Ksawery.')).not.toContain('Ksawery');
    expect(names('Return it to Anna and Eyrafoss 66 please.')).toEqual(['Anna']);
  });
  it('takes a lone word that is part of an address nearby, when it reads as a name', () => {
    expect(names('Please contact Ksawery at ksawery@example.com today.')).toEqual(['Ksawery']);
    expect(names('Contact Support at support@example.com.')).toEqual([]);
  });
  it('takes a lone word with a role or relation set off after it, not a client', () => {
    expect(names('Ksawery, our designer, joined.')).toEqual(['Ksawery']);
    expect(names('Yesterday Ksawery, my cousin, called.')).toEqual(['Ksawery']);
    expect(names('Acme, our client, paid.')).toEqual([]);
  });
  it('reads past a word that opens the sentence, not past a place word', () => {
    expect(names('But Dorota Zielonka left early.')).toEqual(['Dorota Zielonka']);
    expect(names('Then Ksawery smiled.')).toEqual(['Ksawery']);
    expect(names('But New York is big. We flew to North Carolina.')).toEqual([]);
  });
  it('takes a full name with an age set off after it', () => {
    expect(names('Ksawery Wnukowski, 34, was arrested.')).toEqual(['Ksawery Wnukowski']);
  });
});

describe('English names the fast paths keep', () => {
  it('skips lone capitalised words with no cue', () => {
    expect(names('The quick brown Fox jumps over the lazy Dog. Our new product launches next month.')).toEqual([]);
  });
  it('keeps cue words before, labels, and verbs after a lone unlisted word', () => {
    expect(names('Please ask for Vizirov tomorrow.')).toEqual(['Vizirov']);
    expect(names('I spoke with Vizirov today.')).toEqual(['Vizirov']);
    expect(names('Name: Vizirov')).toEqual(['Vizirov']);
    expect(names('Trivo lives on the hill.')).toEqual(['Trivo']);
  });
  it('finds names in a lower-cased message', () => {
    expect(names('follow up with patricia desrosiers tomorrow')).toEqual(['patricia desrosiers']);
  });
});

describe('English given names of other languages', () => {
  it('knows common given names beyond the human-names locales, and folds letters beyond Latin-1', () => {
    expect(names('Agnieszka Wójcik will bring the files.')).toEqual(['Agnieszka Wójcik']);
    expect(names('Please ask Kwame to call back.')).toEqual(['Kwame']);
    expect(names('Michał and Łukasz left early.')).toEqual(['Michał', 'Łukasz']);
    expect(names('Michal signed the form.')).toEqual(['Michal']);
  });
  it('leaves the ones that read first as a word, a date or a place', () => {
    expect(names('Thu, 12 May: Jun. figures for Hong Kong, with Feng Shui tips. We flew to Sri Lanka.')).toEqual([]);
    expect(names('Cape Verde and Sierra Leone signed. Sierra Jones called.')).toEqual(['Sierra Jones']);
  });
  it('keeps a family name written first with the given name after it', () => {
    expect(names('Please send the visa documents to Zhang Wei in Shenzhen.')).toEqual(['Zhang Wei']);
  });
});

describe('English full names by their place in a sentence', () => {
  it("takes a full name before a person's verb phrase, not a firm's", () => {
    expect(names('Evander Mbeki has not replied to my email.')).toEqual(['Evander Mbeki']);
    expect(names('Goldman Sachs has not replied to my email.')).toEqual([]);
  });
  it('takes a full name set off after a role or a person noun, or labelled by one', () => {
    expect(names('Our driver, Kazimir Lozovsky, will arrive at 9.')).toEqual(['Kazimir Lozovsky']);
    expect(names('The caller, Fenella Quarrie, wanted a refund.')).toEqual(['Fenella Quarrie']);
    expect(names('Caseworker: Benedykta Szulc')).toEqual(['Benedykta Szulc']);
    expect(names('Our supplier, Acme Widgets, will deliver at 9.')).toEqual([]);
  });
  it('takes full names listed with a full name found', () => {
    expect(names('Candidates interviewed: Rosalind Ferreday, Hollis Penhaligon, Tamsin Crowder.').sort()).toEqual(['Hollis Penhaligon', 'Rosalind Ferreday', 'Tamsin Crowder']);
  });
  it('takes a name after a greeting or a clause, or after a message from or for someone', () => {
    expect(names('Sorry Zadie, I missed your call.')).toEqual(['Zadie']);
    expect(names('According to his file, Caspian Oduya moved to Leeds.')).toEqual(['Caspian Oduya']);
    expect(names('We received a complaint from Thorvald Brekke about the delay.')).toEqual(['Thorvald Brekke']);
    expect(names('We flew from Buenos Aires to Kuala Lumpur.')).toEqual([]);
    expect(names('Note that when using the option, Vite Node forwards every argument.')).toEqual([]);
  });
  it('takes a name after an honorific of another language or a rank, not the honorific', () => {
    expect(names('Herr Vogelsang rief an. Please tell Mme Dubreuil the car is ready.')).toEqual(['Vogelsang', 'Dubreuil']);
    expect(names('Sgt. Okafor and Capt. Marlowe arrived; Rev. Ashdown spoke.')).toEqual(['Okafor', 'Marlowe', 'Ashdown']);
    expect(names('See rev. 2 and col. 3 in the table; see col. Total and rev. Final.')).toEqual([]);
  });
  it('takes a name with an age or contact data right after it', () => {
    expect(names('Katrine, 34, was hurt. Maelys Kerbrat, aged 29, won. Tobiah Greenhalgh (12) fell.')).toEqual(['Katrine', 'Maelys Kerbrat', 'Tobiah Greenhalgh']);
    expect(names('Hamish Lowther - 07700 900123')).toEqual(['Hamish Lowther']);
    expect(names('Windows, 10, and Mac. Kuala Lumpur: +60 3-2142 1234')).toEqual([]);
  });
  it('takes a family name written first in a record, when a listed given name follows and ends the field', () => {
    expect(names('Nowak, Agnieszka\nKettleby, Ambrose M.\nParis, France\n')).toEqual(['Nowak, Agnieszka', 'Kettleby, Ambrose M.']);
    expect(names('Name\tPhone\nOyelaran, Ignatius\t555-0100')).toEqual([]);
  });
  it('takes a name that what follows says only of people', () => {
    expect(names('Katrine, who lives next door, called.')).toEqual(['Katrine']);
    expect(names('Oriel and I agree.')).toEqual(['Oriel']);
    expect(names('Spotify, which launched in 2008, grew. Spotify and Deezer agree.')).toEqual([]);
  });
});
