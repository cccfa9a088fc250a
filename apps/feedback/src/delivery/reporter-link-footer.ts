/**
 * The footer every e-mail to a reporter ends with: their signed link to change preferences, stop e-mail,
 * export or erase their data and, after closure, say whether they are satisfied. No account needed.
 */
export function withReporterLinkFooter(body: string, language: string, link: string): string {
  const footer =
    language === 'en'
      ? `Your preferences, stop these e-mails, your data (export or erase), or tell us whether you are satisfied once the case is closed:\n${link}`
      : `Uw voorkeuren, geen e-mail meer, uw gegevens (inzien of wissen), of laat ons weten of u tevreden bent zodra de zaak gesloten is:\n${link}`;
  return `${body}\n\n-- \n${footer}\n`;
}
