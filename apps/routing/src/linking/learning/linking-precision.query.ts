import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { wilson } from '@loket/evaluation';
import type { ProportionView } from './linking-model-view';
import { proportionView } from './linking-model-views';

export interface LinkingPrecisionView {
  days: number;
  since: string;
  /** Automatic links made in the period: those still standing plus those undone in it. */
  linksMade: number;
  /** Automatic links a coordinator confirmed in the period. */
  confirmed: number;
  /** Automatic links a coordinator undid in the period (unlinked, split off or moved out). */
  undone: number;
  /** Automatic links made in the period that stand and nobody confirmed yet. */
  awaitingReview: number;
  /** confirmed / (confirmed + undone) with its 95 % interval; null before any coordinator judged a link. */
  precision: ProportionView | null;
}

/** The measured precision of automatic links, from what coordinators confirmed and undid. */
@Injectable()
export class LinkingPrecisionQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(days: number): Promise<LinkingPrecisionView> {
    const since = new Date(Date.now() - days * 86_400_000);
    const [judged]: { confirmed: string; undone: string }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE same_incident) AS confirmed, count(*) FILTER (WHERE NOT same_incident) AS undone
         FROM linking_examples WHERE automatic_link AND recorded_at >= $1`,
      [since],
    );
    const [standing]: { made: string; awaiting: string }[] = await this.dataSource.query(
      `SELECT count(*) AS made, count(*) FILTER (WHERE confirmed_at IS NULL) AS awaiting
         FROM report_links WHERE automatic AND linked_at >= $1`,
      [since],
    );
    const confirmed = Number(judged.confirmed);
    const undone = Number(judged.undone);
    return {
      days,
      since: since.toISOString(),
      linksMade: Number(standing.made) + undone,
      confirmed,
      undone,
      awaitingReview: Number(standing.awaiting),
      precision: confirmed + undone > 0 ? proportionView(wilson(confirmed, confirmed + undone)) : null,
    };
  }
}
