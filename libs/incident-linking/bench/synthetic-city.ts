import type { CategoryRef, GeoPoint, IncomingReport, OpenCaseSummary } from '../src/index';
import type { SeededRandom } from '../src/testing/seeded-random';

/**
 * A made-up city for the benchmark: about 10 × 10 km around Utrecht, 30 days of open cases, a
 * third of them around hot spots (a square, a shopping street), with Dutch descriptions per category.
 */
const CENTRE: GeoPoint = { lat: 52.0907, lon: 5.1214 };
const HALF_SIDE_METRES = 5_000;
const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;
const DAY_MS = 86_400_000;

const VOCABULARY: Record<
  string,
  { readonly subs: readonly string[]; readonly share: number; readonly phrases: readonly string[] }
> = {
  afval: {
    subs: ['grofvuil', 'zwerfafval', 'container-vol', 'illegale-dumping'],
    share: 0.3,
    phrases: [
      'grofvuil naast de container',
      'oude matras en een kapotte bank',
      'vuilniszakken opengescheurd',
      'container zit vol',
      'blikjes en papier op de stoep',
      'iemand heeft puin gedumpt',
      'ondergrondse container klemt',
    ],
  },
  'openbare-ruimte': {
    subs: ['straatverlichting', 'bestrating', 'groen', 'speelplek', 'riolering'],
    share: 0.25,
    phrases: [
      'lantaarnpaal brandt niet',
      'losse stoeptegels',
      'gat in de weg',
      'boom hangt over het fietspad',
      'schommel in de speeltuin kapot',
      'put is verstopt en de straat staat blank',
    ],
  },
  overlast: {
    subs: ['geluid', 'jongeren', 'drugsoverlast', 'burenoverlast', 'horeca'],
    share: 0.2,
    phrases: [
      'harde muziek tot diep in de nacht',
      'groep jongeren hangt rond bij het winkelcentrum',
      'er wordt gedeald bij het portiek',
      'buren schreeuwen en slaan deuren dicht',
      'terras van het café blijft te lang open',
    ],
  },
  veiligheid: {
    subs: ['verdachte-situatie', 'inbraak', 'vandalisme', 'verkeersonveilig'],
    share: 0.08,
    phrases: [
      'verdachte auto rijdt steeds rondjes',
      'poging tot inbraak bij de achterdeur',
      'bushokje vernield',
      'auto’s rijden veel te hard door de straat',
    ],
  },
  zorg: {
    subs: ['verward-gedrag', 'eenzaamheid', 'verwaarlozing', 'niet-pluis'],
    share: 0.05,
    phrases: [
      'buurman loopt verward op straat',
      'oudere buurvrouw komt nooit meer buiten',
      'woning stinkt en tuin is vervuild',
      'iets klopt niet bij de benedenburen',
    ],
  },
  wonen: {
    subs: ['onderhoud', 'portiek', 'leegstand', 'woonfraude'],
    share: 0.07,
    phrases: [
      'schimmel in de badkamer',
      'portiek is vies en de lamp is kapot',
      'woning staat al maanden leeg',
      'er wonen veel te veel mensen in het huis',
    ],
  },
  ondermijning: {
    subs: ['drugslab', 'verdacht-bedrijf', 'uitbuiting'],
    share: 0.03,
    phrases: [
      'ramen dichtgeplakt en sterke wietlucht',
      'winkel zonder klanten maar veel geld',
      'arbeiders worden s nachts opgehaald',
    ],
  },
  overig: { subs: ['overig'], share: 0.02, phrases: ['vraag over de buurt', 'iets anders aan de hand'] },
};
const MAINS = Object.keys(VOCABULARY);

export class SyntheticCity {
  private readonly hotSpots: GeoPoint[];

  constructor(
    private readonly random: SeededRandom,
    readonly now: Date,
    hotSpotCount = 300,
  ) {
    this.hotSpots = Array.from({ length: hotSpotCount }, () => this.anywhere());
  }

  openCase(caseId: string): OpenCaseSummary {
    const category = this.category();
    const openedMs = this.now.getTime() - this.random.between(0, 30) * DAY_MS;
    const lastMs = this.random.chance(0.6)
      ? openedMs
      : Math.min(this.now.getTime(), openedMs + this.random.between(0, 3) * DAY_MS);
    const reports = 1 + this.random.int(3);
    const text = Array.from({ length: reports }, () => this.description(category.main)).join('\n');
    return {
      caseId,
      category,
      location: this.place(),
      openedAt: new Date(openedMs),
      lastReportAt: new Date(lastMs),
      text,
    };
  }

  /** A report arriving now (give or take a few hours), half of them on top of a known case. */
  report(reportId: string, near: OpenCaseSummary | undefined): IncomingReport {
    const category = near && this.random.chance(0.7) ? near.category : this.category();
    const location = near
      ? offset(near.location, this.random.between(-60, 60), this.random.between(-60, 60))
      : this.place();
    const submittedAt = new Date(this.now.getTime() - this.random.between(0, 6) * 3_600_000);
    return {
      reportId,
      category: this.random.chance(0.1) ? null : category,
      location,
      submittedAt,
      description: this.description(category.main),
    };
  }

  private category(): CategoryRef {
    let pick = this.random.next();
    for (const main of MAINS) {
      pick -= VOCABULARY[main].share;
      if (pick <= 0) return { main, sub: this.random.pick(VOCABULARY[main].subs) };
    }
    return { main: 'overig', sub: 'overig' };
  }

  private description(main: string): string {
    const phrases = VOCABULARY[main].phrases;
    const first = this.random.pick(phrases);
    return this.random.chance(0.5) ? `${first}, ${this.random.pick(phrases)}` : first;
  }

  private place(): GeoPoint {
    if (!this.random.chance(1 / 3)) return this.anywhere();
    return offset(this.random.pick(this.hotSpots), this.gaussian() * 150, this.gaussian() * 150);
  }

  private anywhere(): GeoPoint {
    return offset(
      CENTRE,
      this.random.between(-HALF_SIDE_METRES, HALF_SIDE_METRES),
      this.random.between(-HALF_SIDE_METRES, HALF_SIDE_METRES),
    );
  }

  private gaussian(): number {
    return Math.sqrt(-2 * Math.log(1 - this.random.next())) * Math.cos(2 * Math.PI * this.random.next());
  }
}

function offset(from: GeoPoint, northMetres: number, eastMetres: number): GeoPoint {
  return {
    lat: from.lat + northMetres / METRES_PER_DEGREE,
    lon: from.lon + eastMetres / (METRES_PER_DEGREE * Math.cos((from.lat * Math.PI) / 180)),
  };
}
