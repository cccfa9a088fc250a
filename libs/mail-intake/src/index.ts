// @loket/mail-intake: a mail to the loket read as a report, framework-free: whether a person wrote it (auto-replies,
// bounces and list mail are never answered), its text without quoted replies and signatures, the places it names
// for the geocoder, its language, and the question Loket sends back when it names no place. Intake's SMTP door uses it.
export type { AutomaticMailReason, MailHeaders, MailOrigin } from './automatic-mail/automatic-mail';
export { automaticMailReason } from './automatic-mail/automatic-mail';
export { addressHintsOf, MAX_ADDRESS_HINTS } from './address-hints/address-hints';
export type { MailLanguage } from './language/likely-language';
export { likelyLanguageOf } from './language/likely-language';
export type { LocationQuestion, LocationQuestionFacts } from './location-question/location-question';
export { locationQuestionOf } from './location-question/location-question';
export type { MailContent } from './report-text/report-text';
export { MAX_REPORT_TEXT_LENGTH, reportTextOf } from './report-text/report-text';
