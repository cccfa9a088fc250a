/** How to reach an organisation's coordinator about a shared address. */
export interface CoordinatorContact {
  name: string;
  email?: string;
  phone?: string;
}

/** What one organisation may learn about another involved at the same address. */
export interface AgencyListing {
  organisation: string;
  /** e.g. `police`, `housing`, `social-work`. */
  kind: string;
  name?: string;
  coordinatorContact: CoordinatorContact;
}

/** What the case file shows of another involved organisation: its kind, perhaps its name, and its coordinator. */
export interface OtherAgency {
  organisationKind: string;
  organisationName?: string;
  coordinatorContact: CoordinatorContact;
}

/**
 * The signal for one case: each *other* organisation with an open case at the same address, once, by kind,
 * name and coordinator — nothing of their cases. Organisations missing from the directory are shown by their
 * code as kind, reachable through the fallback contact (the Loket coordinators).
 */
export function otherAgencies(
  ownOrganisation: string,
  involvedOrganisations: readonly string[],
  directory: readonly AgencyListing[],
  fallbackContact: CoordinatorContact,
): OtherAgency[] {
  const others = [...new Set(involvedOrganisations)].filter((o) => o !== ownOrganisation).sort();
  return others.map((organisation) => {
    const listing = directory.find((l) => l.organisation === organisation);
    if (!listing) return { organisationKind: organisation, coordinatorContact: { ...fallbackContact } };
    return {
      organisationKind: listing.kind,
      ...(listing.name ? { organisationName: listing.name } : {}),
      coordinatorContact: { ...listing.coordinatorContact },
    };
  });
}
