import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AuditAnchor, parseAnchors } from '@loket/audit-chain';

/** The append-only file of anchors, one JSON object per line. */
export class AuditAnchorFile {
  constructor(private readonly path: string) {}

  async append(anchor: AuditAnchor): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, `${JSON.stringify(anchor)}\n`, { flag: 'a', mode: 0o640 });
  }

  /** Every anchor written so far; none when the file does not exist yet. */
  async readAll(): Promise<AuditAnchor[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return [];
      throw error;
    }
    return parseAnchors(text);
  }
}
