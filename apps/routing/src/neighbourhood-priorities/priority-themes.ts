import { Injectable } from '@nestjs/common';
import { CategoryCatalogue } from '../catalogue/category-catalogue';

/** "Other" is no theme a neighbourhood can prioritise. */
const NOT_A_THEME = 'overig';
/** The kinds of area residents know as where they live: CBS buurten and the custom areas named as residents name them. */
export const RESIDENT_AREA_KINDS: readonly string[] = ['buurt', 'custom'];

/** The themes of neighbourhood priorities: the main categories of the catalogue in force. */
@Injectable()
export class PriorityThemes {
  constructor(private readonly catalogue: CategoryCatalogue) {}

  codes(): string[] {
    return this.catalogue
      .all()
      .map((category) => category.code)
      .filter((code) => code !== NOT_A_THEME);
  }
}
