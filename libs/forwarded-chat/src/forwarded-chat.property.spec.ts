import { forwardedChat } from './forwarded-chat';

/** A small deterministic generator: the same exports every run, many shapes of names and mentions. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const int = (n: number) => Math.floor(next() * n);
  const word = (min: number, max: number) => {
    const letters = 'abcdefghijklmnopqrstuvwxyzéëï';
    let w = '';
    for (let i = min + int(max - min + 1); i > 0; i--) w += letters[int(letters.length)];
    return w;
  };
  const pick = <T>(items: readonly T[]) => items[int(items.length)]!;
  return { int, word, pick };
}

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const options = { timeZone: 'Europe/Amsterdam', now: new Date('2026-12-05T22:00:00Z'), maxLength: 20_000 };

describe('forwardedChat: no member name survives, whatever the export (property)', () => {
  it('removes every part of every member name from 300 generated exports, in any case and as @mention', () => {
    const random = generator(20261205);
    for (let run = 0; run < 300; run++) {
      const members = Array.from({ length: 1 + random.int(4) }, () =>
        [capital(random.word(5, 9)), ...(random.int(2) ? [random.pick(['van', 'de', 'van der', 'el']), capital(random.word(5, 10))] : [])].join(' '),
      );
      // Every member says something (a name Loket never sees in the export is not a member's it can know).
      const lines = Array.from({ length: members.length + random.int(4) }, (_, i) => {
        const sender = i < members.length ? members[i]! : random.pick(members);
        const mentioned = random.pick(members);
        const parts = mentioned.split(' ').filter((p) => p.length >= 5);
        const mention = random.pick([`@${mentioned}`, mentioned, mentioned.toLowerCase(), random.pick(parts), random.pick(parts).toUpperCase()]);
        return `[05-12-26 21:${String(10 + i).padStart(2, '0')}] ${sender}: ${random.pick(['Zie je dat', 'Bel', 'Vraag het'])} ${mention}, er ligt weer afval bij de container`;
      });
      const text = forwardedChat(lines.join('\n'), options).description.toLowerCase();
      for (const member of members) {
        for (const part of member.split(' ').filter((p) => p.length >= 5)) {
          expect({ run, part, found: text.includes(part.toLowerCase()) }).toEqual({ run, part, found: false });
        }
      }
    }
  });
});
