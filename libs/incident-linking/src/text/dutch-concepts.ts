import { foldText, stemDutch } from './normalise-text';

/**
 * Words residents use for the same thing, grouped under one meaning: synonyms, hypernyms and their common
 * English, street-language and misspelt forms ("lantaarnpaal", "straatlamp", "lantaren", "street light" all mean
 * street lighting). Two texts that share a meaning share its tag (`≈verlichting`) in their word sets, so "lamp kapot"
 * and "lantaarnpaal doet het niet" are no longer strangers. A compound whose head (its last part) or first part is a
 * listed word carries that word's meaning too ("papiercontainer" → container, "lantaarnpaal" → verlichting).
 * Written from general knowledge of how Dutch residents describe incidents, not from the evaluation corpus's
 * held-out half.
 */
const MEANINGS: Readonly<Record<string, readonly string[]>> = {
  verlichting: [
    'lantaarnpaal', 'lantaarn', 'lantaren', 'lantarenpaal', 'lantarn', 'straatlantaarn', 'straatlamp', 'lamp', 'lampie',
    'lampen', 'verlichting', 'straatverlichting', 'licht', 'knippert', 'flikkert', 'lichtmast', 'lichtpaal', 'streetlight', 'light', 'lights',
    'donker', 'pikdonker', 'stikdonker', 'aardedonker', 'pikkedonker', 'dark', 'brandt',
  ],
  meubel: [
    'bank', 'bankstel', 'sofa', 'couch', 'meubel', 'meubels', 'stoel', 'chair', 'chairs', 'kast', 'kledingkast', 'tafel',
    'table', 'matras', 'mattress', 'bed', 'kussen', 'tapijt', 'vloerkleed', 'keuken', 'aanrecht', 'bureau', 'fauteuil',
  ],
  witgoed: ['koelkast', 'ijskast', 'fridge', 'vriezer', 'freezer', 'wasmachine', 'wasmachien', 'droger', 'tv', 'televisie', 'magnetron'],
  container: [
    'container', 'kliko', 'bak', 'bakken', 'bin', 'bins', 'glasbak', 'papierbak', 'afvalbak', 'prullenbak', 'vuilnisbak',
    'textielbak', 'ondergrondse', 'klep',
  ],
  afval: [
    'afval', 'vuil', 'vuilnis', 'rommel', 'troep', 'rotzooi', 'zooi', 'litter', 'trash', 'rubbish', 'garbage', 'waste',
    'zwerfvuil', 'puin', 'bouwafval', 'gedumpt', 'dumped', 'dumping', 'vuilniszak', 'zak', 'zakken', 'grofvuil', 'huisvuil',
  ],
  geluid: [
    'herrie', 'lawaai', 'geluid', 'geluidsoverlast', 'muziek', 'music', 'bas', 'bassen', 'loud', 'noise', 'feest', 'party',
    'geschreeuw', 'schreeuwen', 'schreeuwt', 'keihard', 'dreunt', 'toeters', 'speakers', 'gebonk', 'bonkt', 'gestamp',
    'boormachine', 'getimmer', 'kabaal', 'zoemt', 'zoemende', 'brommen', 'bromt', 'aggregaat', 'generator', 'ventilator',
  ],
  geweld: ['vecht', 'vechtpartij', 'gevecht', 'gevochten', 'fight', 'fighting', 'klap', 'slaan', 'mishandeld', 'bloedt', 'bleeding', 'steekpartij'],
  drugs: [
    'dealen', 'dealer', 'dealers', 'gedeald', 'deal', 'dealing', 'drugs', 'wiet', 'weed', 'coke', 'crack', 'spuit', 'spuiten',
    'naalden', 'needles', 'junks', 'junk', 'lachgas', 'blowen', 'pillen', 'drugsrunner', 'bolletjes', 'verslaafd',
    'verslaafde', 'verslaafden', 'heroine', 'xtc',
  ],
  hennep: ['hennep', 'hennepkwekerij', 'wietplantage', 'plantage', 'kwekerij', 'wietlucht', 'drugslab'],
  jongeren: ['jongeren', 'jongens', 'hangjongeren', 'pubers', 'tieners', 'teenagers', 'kids', 'gasten', 'groep', 'gang'],
  boom: ['boom', 'bomen', 'tak', 'takken', 'populier', 'iep', 'eik', 'kastanjeboom', 'tree', 'branch', 'omgewaaid', 'omgevallen'],
  water: [
    'wateroverlast', 'water', 'blank', 'riool', 'riolering', 'put', 'putten', 'kolk', 'overstroomd', 'plas', 'sewer',
    'flooded', 'verstopt', 'verstopping',
  ],
  bestrating: [
    'stoep', 'stoeptegel', 'tegel', 'tegels', 'trottoir', 'klinker', 'klinkers', 'bestrating', 'kuil', 'asfalt', 'pothole',
    'verzakt', 'sidewalk', 'pavement', 'losliggend', 'losliggende', 'gestruikeld', 'struikelen', 'opgebroken',
  ],
  brand: ['brand', 'fik', 'fikkie', 'vuur', 'fire', 'rook', 'smoke', 'brandlucht', 'brandje', 'gebrand'],
  inbraak: ['inbraak', 'ingebroken', 'opengebroken', 'broke', 'burglary', 'ingeslagen', 'smashed', 'gestolen', 'stolen', 'diefstal', 'beroofd', 'roof',
    'beroving', 'tasjesroof', 'zakkenroller', 'skimmer', 'geskimd'],
  vandalisme: ['vernield', 'kapotgegooid', 'vandalisme', 'graffiti', 'tags', 'beklad', 'gesloopt', 'afgetrapt', 'ingegooid'],
  glas: ['glas', 'scherven', 'glass', 'ruit', 'ruiten', 'raam'],
  lift: ['lift', 'elevator'],
  schimmel: ['schimmel', 'mold', 'mould', 'vocht'],
  stank: ['stank', 'stinkt', 'stinken', 'ruikt', 'smell', 'smells', 'lucht', 'geur'],
  speeltuin: ['speeltuin', 'playground', 'schommel', 'glijbaan', 'klimrek', 'wipwap', 'speeltoestel', 'zandbak', 'speelplek'],
  portiek: ['portiek', 'trappenhuis', 'galerij', 'stairwell', 'hal', 'entree', 'kelder'],
  verward: ['verward', 'war', 'confused', 'psychose', 'dementie', 'schreeuwt', 'pyjama', 'nachtjapon'],
  verkeer: [
    'stoplicht', 'verkeerslicht', 'kruising', 'oversteek', 'zebrapad', 'drempel', 'hard', 'rijden', 'racen', 'racet',
    'snelheid', 'speeding', 'flitser', 'aanrijding', 'aangereden', 'ongeluk', 'ongelukken',
  ],
  fiets: ['fiets', 'fietsen', 'bike', 'fietswrak', 'weesfiets', 'e-bike'],
  scooter: ['scooter', 'scooters', 'brommer', 'crossmotor', 'crossers', 'motor'],
  hond: ['hond', 'dog', 'blaft', 'jankt', 'vechthond'],
  leeg: ['leeg', 'leegstaand', 'leegstand', 'empty', 'dichtgetimmerd', 'krakers'],
  verhuur: ['airbnb', 'toeristen', 'verhuurd', 'onderverhuur', 'verhuur'],
  ongedierte: [
    'ongedierte', 'rat', 'ratten', 'rats', 'muis', 'muizen', 'mice', 'kakkerlak', 'kakkerlakken', 'wespennest', 'wespen',
    'vlooien', 'bedwantsen',
  ],
  vuurwerk: ['vuurwerk', 'fireworks', 'knal', 'knallen', 'knallers', 'cobra', 'explosie', 'ontploffing', 'ontploft'],
  lekkage: ['lekkage', 'lek', 'lekt', 'lekken', 'leak', 'leaking', 'druppelt', 'waterschade', 'doorgelekt'],
  verwarming: ['verwarming', 'cv', 'ketel', 'radiator', 'radiatoren', 'heating'],
  parkeren: ['geparkeerd', 'parkeren', 'parkeert', 'foutparkeerder', 'parked'],
  wapen: ['mes', 'messen', 'wapen', 'wapens', 'pistool', 'vuurwapen', 'knife', 'gun', 'bedreigd', 'bedreigt', 'bedreiging', 'threatened'],
  gas: ['gas', 'gaslucht', 'gaslek', 'gasgeur'],
  ruzie: ['ruzie', 'ruzies', 'gescheld', 'scheldt', 'schelden'],
  beplanting: ['onkruid', 'heg', 'gemaaid', 'overwoekerd', 'overhangend', 'begroeiing', 'snoeien'],
  dakloos: ['dakloos', 'dakloze', 'daklozen', 'zwerver', 'homeless'],
  eenzaamheid: ['eenzaam', 'eenzaamheid', 'vereenzaamd', 'lonely', 'loneliness'],
  vervuiling: ['vervuild', 'vervuiling', 'verwaarloosd', 'verwaarlozing', 'verslonsd', 'hoarder', 'hoarding', 'opgestapeld', 'puilt', 'vermagerd'],
  uitbuiting: [
    'uitbuiting', 'uitgebuit', 'mensenhandel', 'prostitutie', 'prostituee', 'prostituees', 'pooier', 'loverboy',
    'arbeidsmigranten',
  ],
  voertuig: ['autowrak', 'caravan', 'camper', 'aanhangwagen'],
};

const TAG = '≈';
/** Compound parts shorter than this are not looked for inside longer words ("bak" in "bakker" would mislead). */
const MIN_PART = 5;

interface Lexicon {
  readonly exact: ReadonlyMap<string, readonly string[]>;
  readonly parts: readonly (readonly [string, string])[];
}

const lexicon: Lexicon = buildLexicon();

function buildLexicon(): Lexicon {
  const exact = new Map<string, string[]>();
  const parts: [string, string][] = [];
  for (const [meaning, words] of Object.entries(MEANINGS)) {
    for (const word of words) {
      for (const form of new Set([foldText(word), stemDutch(foldText(word))])) {
        const list = exact.get(form) ?? [];
        if (!list.includes(meaning)) list.push(meaning);
        exact.set(form, list);
        if (form.length >= MIN_PART) parts.push([form, meaning]);
      }
    }
  }
  return { exact, parts };
}

/**
 * The meaning tags (`≈verlichting`) of one normalised, stemmed word: its own meanings, else those of a listed word
 * it ends or starts with (a Dutch compound's head is its last part).
 */
export function meaningsOf(token: string): string[] {
  const own = lexicon.exact.get(token);
  if (own) return own.map((m) => TAG + m);
  const found = new Set<string>();
  for (const [part, meaning] of lexicon.parts) {
    if (token.length > part.length && (token.endsWith(part) || token.startsWith(part))) found.add(TAG + meaning);
  }
  return [...found];
}

/** Whether a word of a profile is a meaning tag rather than a word of the text. */
export function isMeaningTag(word: string): boolean {
  return word.startsWith(TAG);
}
