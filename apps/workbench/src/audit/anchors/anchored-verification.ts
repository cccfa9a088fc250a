import { DataSource } from 'typeorm';
import { AuditAnchor, anchorSignatureValid, ChainVerification } from '@loket/audit-chain';
import type { DatabaseConfig } from '@loket/persistence';
import { serviceDataSourceOptions } from '@loket/persistence';
import { AuditChainHeadRecord } from '../persistence/audit-chain-head.entity';
import { AuditLogEntryRecord } from '../persistence/audit-log-entry.entity';
import { verifyAuditLog } from '../verify-audit-log';
import { AuditAnchorFile } from './audit-anchor-file';
import { AuditAnchorSettings } from './audit-anchors.config';

/**
 * The whole chain checked against every anchor of it kept outside the database. An anchor without a valid
 * signature is itself a finding (forged, or signed with a key no longer configured): the check fails on it.
 */
export async function verifyWithAnchors(dataSource: DataSource, settings: Pick<AuditAnchorSettings, 'chain' | 'file' | 'verifyKeys'>): Promise<ChainVerification> {
  const anchors: AuditAnchor[] = settings.file ? (await new AuditAnchorFile(settings.file).readAll()).filter((a) => a.chain === settings.chain) : [];
  const forged = anchors.find((anchor) => !anchorSignatureValid(anchor, settings.verifyKeys));
  if (forged) {
    return {
      ok: false,
      verified: 0,
      anchorsChecked: 0,
      broken: { sequence: forged.sequence, reason: 'anchor', detail: `the anchor of ${forged.anchoredAt} has no valid signature of key "${forged.kid}"` },
    };
  }
  return verifyAuditLog(dataSource, anchors);
}

/** Connects to the workbench database (only the audit tables), verifies against the anchors, disconnects. */
export async function verifyAuditLogIn(config: DatabaseConfig, anchors: Pick<AuditAnchorSettings, 'chain' | 'file' | 'verifyKeys'>): Promise<ChainVerification> {
  const options = serviceDataSourceOptions(config, { entities: [AuditLogEntryRecord, AuditChainHeadRecord], migrations: [] });
  const dataSource = await new DataSource({ ...options, logging: false }).initialize();
  try {
    return await verifyWithAnchors(dataSource, anchors);
  } finally {
    await dataSource.destroy();
  }
}

