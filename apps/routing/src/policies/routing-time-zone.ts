/** The time zone in which time-window conditions of routing rules are read. */
export abstract class RoutingTimeZone {
  value!: string;
}
