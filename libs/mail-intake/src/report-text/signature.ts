/** The standard signature separator (RFC 3676 §4.3: dash, dash, space), and the same without its space. */
const SEPARATOR = /^--\s?$/;
/** What phones and mail apps add under every mail, in Dutch and English. */
const DEVICE_LINE = /^(verzonden|verstuurd|sent|gestuurd|get outlook)\b.{0,40}\b(vanaf|van|from|met|with|via|for)\b.{0,60}$/i;
/**
 * A closing on a line of its own: "Met vriendelijke groet,", "Groet", "Mvg", "Kind regards". Only a whole line, so
 * "groeten aan de buurman" in a sentence stays.
 */
const CLOSING =
  /^(met )?(vriendelijke|hartelijke|beste|warme)? ?(groet|groeten|groetjes)( en dank)?[,.!]?$|^(mvg|m\.v\.g\.|gr\.?|grt\.?|groetjes|kind regards|best regards|warm regards|regards|best wishes|many thanks|thanks|thank you|cheers|bedankt|alvast bedankt|dank je wel|dank u wel|with kind regards)[,.!]?$/i;
/** After a closing, a name block of at most this many lines (name, role, phone, address) is taken as signature. */
const NAME_BLOCK_LINES = 8;
const NAME_BLOCK_LINE_LENGTH = 100;

/** The mail's own text without its signature: from the "-- " separator, a "Sent from my" line, or a closing with a short name block under it. */
export function withoutSignature(body: string): string {
  const lines = body.split('\n');
  let end = lines.length;
  const separator = lines.findIndex((line) => SEPARATOR.test(line.trimEnd()));
  if (separator >= 0) end = separator;
  const device = lines.findIndex((line, i) => i < end && DEVICE_LINE.test(line.trim()));
  if (device >= 0) end = device;
  for (let i = end - 1; i >= 0; i--) {
    if (!CLOSING.test((lines[i] ?? '').trim())) continue;
    const rest = lines.slice(i + 1, end).filter((line) => line.trim() !== '');
    if (rest.length <= NAME_BLOCK_LINES && rest.every((line) => line.trim().length <= NAME_BLOCK_LINE_LENGTH)) end = i;
    break;
  }
  return lines.slice(0, end).join('\n');
}
