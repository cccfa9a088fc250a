/**
 * Why the door does not take a mail, as an SMTP reply code: a 4xx asks the relay to try again later, a 5xx refuses
 * for good (the relay then tells its sender why). The server adds the matching RFC 3463 status code.
 */
export class MailRefusal extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }

  static tryLater(why: string): MailRefusal {
    return new MailRefusal(451, why);
  }

  static tooManyFromSender(why: string): MailRefusal {
    return new MailRefusal(550, why);
  }

  static notAReport(why: string): MailRefusal {
    return new MailRefusal(554, why);
  }
}
