/**
 * The reviewed access matrix: per operation (`service METHOD path`), the expected answer of each caller in the
 * order of `MATRIX_CALLERS`: 1 anonymous, 2 resident (bewoner), 3 volunteer (vrijwilliger), 4 social worker of the
 * organisation holding the fixture care case (welzijn.wijkteam), 5 police officer (another organisation),
 * 6 coordinator, 7 administrator. `Y` admitted, `N` refused (401/403), `H` not found (404), see `Outcome`.
 *
 * Reviewed against the design's need-to-know (libs/need-to-know) on 2026-12-04; where a row says why, it is
 * below it. A new endpoint fails the test until its row is added here, after the same review.
 */
export const ACCESS_MATRIX: Readonly<Record<string, string>> = {
  'feedback GET /api/v1/admin/contact-detail-reads': 'NNNNNNY',
  'feedback GET /api/v1/admin/dead-letters': 'NNNNNNY',
  'feedback GET /api/v1/admin/disclosure-matrix': 'NNNNNNY',
  'feedback GET /api/v1/admin/disclosure-matrix/versions': 'NNNNNNY',
  'feedback GET /api/v1/admin/disclosure-matrix/versions/{version}': 'NNNNNNY',
  'feedback GET /api/v1/admin/disclosure-policy/audit': 'NNNNNNY',
  'feedback GET /api/v1/admin/message-templates': 'NNNNNNY',
  'feedback GET /api/v1/admin/message-templates/versions': 'NNNNNNY',
  'feedback GET /api/v1/admin/message-templates/versions/{version}': 'NNNNNNY',
  // the reporters of a case (by report, consent, whether details are held): the holding organisation only; another organisation is told nothing exists
  'feedback GET /api/v1/cases/{caseId}/reporters': 'NNNYHNN',
  'feedback GET /api/v1/my-reports': 'NYYNNNN',
  // a signed-in resident's or volunteer's own neighbourhood digest (none yet: not found); nobody else has one
  'feedback GET /api/v1/my-digest': 'NHHNNNN',
  'feedback PUT /api/v1/my-digest': 'NYYNNNN',
  'feedback DELETE /api/v1/my-digest': 'NYYNNNN',
  // the one-click way out of a digest: the signed token is the key (this one stops nothing)
  'feedback POST /api/v1/neighbourhood-digests/unsubscribe/{token}': 'HHHHHHH',
  // answering a professional's question on one of my reports: residents and volunteers, their own reports only (this one is anonymous)
  'feedback POST /api/v1/my-reports/{reportId}/questions/{questionId}/answer': 'NHHNNNN',
  // the questions a link's reporter may answer, and answering one: the link is the key (this one opens nothing)
  'feedback GET /api/v1/reporter-links/{token}/questions': 'HHHHHHH',
  'feedback POST /api/v1/reporter-links/{token}/questions/{questionId}/answer': 'HHHHHHH',
  // answering by tracking code: the code is the key; a question not asked of this report's case is not found
  'feedback POST /api/v1/tracking/{trackingCode}/questions/{questionId}/answer': 'HHHHHHH',
  // a reply by e-mail to a question, passed on by intake's mail door: the reply address's token is the key (this one opens nothing)
  'feedback POST /api/v1/question-replies/{token}': 'HHHHHHH',
  // a signed-in resident's own reports only: this report is anonymous, so not theirs
  'feedback GET /api/v1/my-reports/{reportId}': 'NHHNNNN',
  'feedback GET /api/v1/privacy': 'YYYYYYY',
  'feedback GET /api/v1/reporter-links/{token}': 'HHHHHHH',
  'feedback GET /api/v1/reporter-links/{token}/export': 'HHHHHHH',
  'feedback GET /api/v1/tracking/{trackingCode}': 'YYYYYYY',
  // public: the signed link is the credential; the empty body is refused before the link is read
  'feedback PATCH /api/v1/reporter-links/{token}/preferences': 'YYYYYYY',
  'feedback POST /api/v1/admin/dead-letters/{id}/discard': 'NNNNNNY',
  'feedback POST /api/v1/admin/dead-letters/{id}/replay': 'NNNNNNH',
  'feedback POST /api/v1/admin/message-templates/preview': 'NNNNNNY',
  // what each reporter would receive: the holder only (valid body); coordinators and other organisations meet a not-found
  'feedback POST /api/v1/cases/{caseId}/reporter-note-previews': 'NNNYHHN',
  // even the holder is refused: this reporter left no contact details and no consent (a valid body, so each caller meets the check)
  'feedback POST /api/v1/cases/{caseId}/reports/{reportId}/contact-details-requests': 'NNNNHNN',
  // public: answers alike whether or not the link exists (no probing which links do)
  'feedback POST /api/v1/reporter-links/{token}/data-link-requests': 'YYYYYYY',
  'feedback POST /api/v1/reporter-links/{token}/erasure': 'HHHHHHH',
  'feedback POST /api/v1/reporter-links/{token}/revocation': 'HHHHHHH',
  'feedback POST /api/v1/reporter-links/{token}/satisfaction': 'YYYYYYY',
  'feedback POST /api/v1/reporter-links/{token}/withdrawal': 'HHHHHHH',
  'feedback POST /api/v1/tracking/{trackingCode}/satisfaction': 'YYYYYYY',
  'feedback PUT /api/v1/admin/disclosure-matrix': 'NNNNNNY',
  'feedback PUT /api/v1/admin/message-templates': 'NNNNNNY',
  'intake GET /api/v1/admin/open311-clients': 'NNNNNNY',
  'intake GET /api/v1/geocoder/search': 'YYYYYYY',
  'intake GET /open311/v2/requests.{format}': 'YYYYYYY',
  'intake GET /open311/v2/requests/{id}.{format}': 'HHHHHHH',
  'intake GET /open311/v2/services.{format}': 'YYYYYYY',
  'intake GET /open311/v2/services/{code}.{format}': 'HHHHHHH',
  'intake GET /open311/v2/tokens/{token}.{format}': 'HHHHHHH',
  'intake POST /api/v1/admin/open311-clients': 'NNNNNNY',
  'intake POST /api/v1/admin/open311-clients/{id}/revoke': 'NNNNNNH',
  // the desk's own door: none of these callers has the desk role
  'intake POST /api/v1/assisted-reports': 'NNNNNNN',
  'intake POST /api/v1/category-suggestions': 'YYYYYYY',
  // what a pasted chat message would become: public like the form itself, stores nothing
  'intake POST /api/v1/chat-forwards/preview': 'YYYYYYY',
  // what happened in public in a neighbourhood (the digest's source): public like the map (here without a period: 400)
  'routing GET /api/v1/public/areas/{areaId}/digest': 'YYYYYYY',
  'intake POST /api/v1/reports': 'YYYYYYY',
  // a mail report waiting for its place: the token in Loket's answer to the sender is the key (this one opens nothing;
  // the empty body of the POST is refused before the token is looked up)
  'intake GET /api/v1/mail-reports/{token}': 'HHHHHHH',
  'intake POST /api/v1/mail-reports/{token}/location': 'YYYYYYY',
  // Open311 writes need a registered client's api_key, which none of these callers has
  'intake POST /open311/v2/requests.{format}': 'NNNNNNN',
  'routing DELETE /api/v1/neighbourhood-priorities/mine': 'NYYNNNN',
  'routing GET /api/v1/admin/dead-letters': 'NNNNNNY',
  'routing GET /api/v1/areas': 'NNNNNYY',
  'routing GET /api/v1/areas/at': 'YYYYYYY',
  'routing GET /api/v1/areas/feature-collection': 'NNNNNYY',
  'routing GET /api/v1/areas/{id}': 'NNNNNHH',
  // report texts: the holder; a coordinator only for cases in triage or corrected by one (this one is neither); an administrator only with case-content-reader
  'routing GET /api/v1/cases/{caseId}/reports': 'NNNYHHH',
  'routing GET /api/v1/categories': 'YYYYYYY',
  // a routing decision holds the rule, outcome and explanation, no report text: coordinators and administrators
  'routing GET /api/v1/decisions/{reportId}': 'NNNNNYY',
  'routing GET /api/v1/neighbourhood-priorities': 'NNNNNYY',
  'routing GET /api/v1/neighbourhood-priorities/mine': 'NYYNNNN',
  'routing GET /api/v1/open311/reports/{reportId}/request.json': 'HHHHHHH',
  'routing GET /api/v1/open311/requests.json': 'YYYYYYY',
  // linking models (issue #14 §3): administrators only; with the empty body activate and roll back are refused by validation (admitted); version 1 exists once the train row ran
  'routing GET /api/v1/admin/linking-models': 'NNNNNNY',
  'routing POST /api/v1/admin/linking-models': 'NNNNNNY',
  'routing POST /api/v1/admin/linking-models/rollback': 'NNNNNNY',
  'routing POST /api/v1/admin/linking-models/{version}/activate': 'NNNNNNY',
  'routing POST /api/v1/admin/linking-models/{version}/evaluate': 'NNNNNNY',
  'routing GET /api/v1/admin/category-models': 'NNNNNNY',
  'routing POST /api/v1/admin/category-models': 'NNNNNNY',
  'routing POST /api/v1/admin/category-models/rollback': 'NNNNNNY',
  'routing POST /api/v1/admin/category-models/{version}/activate': 'NNNNNNY',
  'routing POST /api/v1/admin/category-models/{version}/evaluate': 'NNNNNNY',
  // the measured precision of automatic links (counts, no content): those who correct links
  'routing GET /api/v1/linking/precision': 'NNNNNYY',
  // how often the categories cases opened with were right (counts and category codes, no content): those who correct them
  'routing GET /api/v1/category-corrections': 'NNNNNYY',
  'routing GET /api/v1/open311/requests/{id}.json': 'HHHHHHH',
  'routing GET /api/v1/open311/services.json': 'YYYYYYY',
  'routing GET /api/v1/organisations': 'NNNNNYY',
  'routing GET /api/v1/policies': 'NNNNNYY',
  'routing GET /api/v1/policies/{policyId}/diff': 'NNNNNYY',
  'routing GET /api/v1/policies/{policyId}/versions': 'NNNNNYY',
  'routing GET /api/v1/policies/{policyId}/versions/{version}': 'NNNNNYY',
  'routing GET /api/v1/public/areas': 'YYYYYYY',
  'routing GET /api/v1/public/cases': 'YYYYYYY',
  'routing GET /api/v1/public/cases/nearby': 'YYYYYYY',
  'routing GET /api/v1/public/cases/{caseId}': 'HHHHHHH',
  // "is it one of these?" while typing: public (the empty body is refused by validation)
  'routing POST /api/v1/public/cases/similar': 'YYYYYYY',
  'routing GET /api/v1/taxonomy/versions': 'NNNNNNY',
  'routing GET /api/v1/taxonomy/versions/{version}': 'NNNNNNY',
  'routing POST /api/v1/admin/dead-letters/{id}/discard': 'NNNNNNY',
  'routing POST /api/v1/admin/dead-letters/{id}/replay': 'NNNNNNH',
  'routing POST /api/v1/areas/import': 'NNNNNNY',
  'routing POST /api/v1/areas/preview': 'NNNNNNY',
  // confirming an automatic link: coordinators and administrators; the fixture report opened its case (no link to confirm: not found)
  'routing POST /api/v1/cases/{caseId}/reports/{reportId}/confirm-link': 'NNNNNHH',
  'routing POST /api/v1/cases/{caseId}/reports/{reportId}/link': 'NNNNNYY',
  'routing POST /api/v1/cases/{caseId}/reports/{reportId}/unlink': 'NNNNNYY',
  // routing's corrections (also link, unlink, split, merge): coordinators and administrators pass the door with an empty body; their case scope is tested in apps/routing/src/corrections
  'routing POST /api/v1/cases/{caseId}/reroute': 'NNNNNYY',
  'routing POST /api/v1/cases/{caseId}/split': 'NNNNNYY',
  'routing POST /api/v1/cases/{survivingCaseId}/merge': 'NNNNNYY',
  'routing POST /api/v1/policies/{policyId}/drafts': 'NNNNNNY',
  'routing POST /api/v1/policies/{policyId}/versions/{version}/publish': 'NNNNNNY',
  'routing POST /api/v1/policies/{policyId}/versions/{version}/retire': 'NNNNNNY',
  'routing POST /api/v1/policies/{policyId}/versions/{version}/simulate': 'NNNNNYY',
  'routing POST /api/v1/policies/{policyId}/versions/{version}/validate': 'NNNNNYY',
  'routing POST /api/v1/taxonomy/drafts': 'NNNNNNY',
  // version 1 is the seed in force: publishing it again is a 409, admitted past authorisation
  'routing POST /api/v1/taxonomy/versions/{version}/publish': 'NNNNNNY',
  'routing POST /api/v1/taxonomy/versions/{version}/validate': 'NNNNNNY',
  'routing PUT /api/v1/neighbourhood-priorities/mine': 'NYYNNNN',
  'routing PUT /api/v1/policies/{policyId}/versions/{version}': 'NNNNNNY',
  'routing PUT /api/v1/taxonomy/versions/{version}': 'NNNNNNY',
  'workbench DELETE /api/v1/admin/webhook-subscriptions/{id}': 'NNNNNNH',
  'workbench GET /api/v1/admin/dead-letters': 'NNNNNNY',
  'workbench GET /api/v1/admin/ready-made-replies': 'NNNNNNY',
  'workbench GET /api/v1/admin/ready-made-replies/versions': 'NNNNNNY',
  'workbench GET /api/v1/admin/ready-made-replies/versions/{version}': 'NNNNNNH',
  // outgoing webhooks: administrators only; an unknown subscription is a 404 for them
  'workbench GET /api/v1/admin/webhook-subscriptions': 'NNNNNNY',
  'workbench GET /api/v1/admin/webhook-subscriptions/{id}/deliveries': 'NNNNNNH',
  'workbench GET /api/v1/audit-log': 'NNNNNNY',
  // queues, counts and changes: professionals and coordinators, each within their own scope (tested in apps/workbench)
  'workbench GET /api/v1/cases': 'NNNYYYN',
  'workbench GET /api/v1/cases/changes': 'NNNYYYN',
  'workbench GET /api/v1/cases/counts': 'NNNYYYN',
  // the case file: the holder only; the coordinator's reach is triage (this case is not in it); administrators read no case content
  'workbench GET /api/v1/cases/{id}': 'NNNYHHN',
  'workbench GET /api/v1/cases/{id}/ready-made-replies': 'NNNYHHN',
  'workbench GET /api/v1/cases/{id}/reports/{reportId}/photos/{photoId}': 'NNNHHHN',
  'workbench GET /api/v1/cases/{id}/team-members': 'NNNYHHN',
  // aggregates with small cells suppressed: coordinators and administrators
  'workbench GET /api/v1/insights': 'NNNNNYY',
  'workbench POST /api/v1/admin/dead-letters/{id}/discard': 'NNNNNNY',
  'workbench POST /api/v1/admin/dead-letters/{id}/replay': 'NNNNNNH',
  // the empty body is refused (400) only after the role check
  'workbench POST /api/v1/admin/webhook-subscriptions': 'NNNNNNY',
  'workbench POST /api/v1/admin/webhook-subscriptions/{id}/disable': 'NNNNNNH',
  'workbench POST /api/v1/audit-log/verification': 'NNNNNNY',
  // empty body: refused by validation (400) before the case scope is looked at, for the police as for the holder
  'workbench POST /api/v1/cases/{id}/handover': 'NNNYYYN',
  // valid bodies for notes, note previews and transitions: only the holder reaches the case
  'workbench POST /api/v1/cases/{id}/notes': 'NNNYHHN',
  // asking the reporters: professionals of the holding organisation only (a coordinator triages, does not ask); stale version → 409 for the holder
  'workbench POST /api/v1/cases/{id}/questions': 'NNNYHNN',
  'workbench POST /api/v1/cases/{id}/notes/preview': 'NNNYHHN',
  'workbench POST /api/v1/cases/{id}/reopen-requests/{requestId}/decline': 'NNNNNYN',
  // reopen decisions are the coordinators' (triage); the request id names nothing here
  'workbench POST /api/v1/cases/{id}/reopen-requests/{requestId}/grant': 'NNNNNYN',
  'workbench POST /api/v1/cases/{id}/transitions': 'NNNYHHN',
  'workbench PUT /api/v1/admin/ready-made-replies': 'NNNNNNY',
};
