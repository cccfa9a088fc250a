import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, Admin, AclEntry, ResourcePatternTypes } from 'kafkajs';
import { LOKET_SERVICES } from '@loket/contracts';
import { KafkaAclGrant, kafkaAccessPlanForAll, kafkaPrincipalOf } from './kafka-access-plan';

/**
 * Makes the broker's access control lists for Loket's service principals exactly the plan: grants what is
 * missing and revokes what the plan no longer names (run with a super user's admin client).
 */
export async function grantKafkaAccess(admin: Admin, plan: readonly KafkaAclGrant[] = kafkaAccessPlanForAll()): Promise<{ granted: number; revoked: number }> {
  const wanted = plan.map(toAclEntry);
  const wantedKeys = new Set(wanted.map(keyOf));
  const existing = await existingEntries(admin);
  const missing = wanted.filter((e) => !existing.some((x) => keyOf(x) === keyOf(e)));
  const stale = existing.filter((e) => !wantedKeys.has(keyOf(e)));
  if (missing.length > 0) await admin.createAcls({ acl: missing });
  if (stale.length > 0) await admin.deleteAcls({ filters: stale });
  return { granted: missing.length, revoked: stale.length };
}

async function existingEntries(admin: Admin): Promise<AclEntry[]> {
  const entries: AclEntry[] = [];
  for (const service of LOKET_SERVICES) {
    const described = await admin.describeAcls({
      resourceType: AclResourceTypes.ANY,
      resourcePatternType: ResourcePatternTypes.ANY,
      principal: kafkaPrincipalOf(service),
      operation: AclOperationTypes.ANY,
      permissionType: AclPermissionTypes.ANY,
    });
    for (const resource of described.resources) {
      for (const acl of resource.acls) {
        entries.push({ resourceType: resource.resourceType, resourceName: resource.resourceName, resourcePatternType: resource.resourcePatternType, ...acl });
      }
    }
  }
  return entries;
}

function toAclEntry(grant: KafkaAclGrant): AclEntry {
  const common = { principal: grant.principal, host: '*', operation: AclOperationTypes[grant.operation], permissionType: AclPermissionTypes.ALLOW };
  switch (grant.resource.type) {
    case 'topic':
      return { ...common, resourceType: AclResourceTypes.TOPIC, resourceName: grant.resource.name, resourcePatternType: ResourcePatternTypes.LITERAL };
    case 'group-prefix':
      return { ...common, resourceType: AclResourceTypes.GROUP, resourceName: grant.resource.prefix, resourcePatternType: ResourcePatternTypes.PREFIXED };
    case 'cluster':
      return { ...common, resourceType: AclResourceTypes.CLUSTER, resourceName: 'kafka-cluster', resourcePatternType: ResourcePatternTypes.LITERAL };
  }
}

function keyOf(e: AclEntry): string {
  return [e.principal, e.host, e.resourceType, e.resourceName, e.resourcePatternType, e.operation, e.permissionType].join('|');
}
