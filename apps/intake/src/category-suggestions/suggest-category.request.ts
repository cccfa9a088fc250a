import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Length } from 'class-validator';

export class SuggestCategoryRequest {
  @ApiProperty({ example: 'Er staat al een week een oude bank naast de container', maxLength: 5000 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @Length(1, 5000)
  description!: string;
}

export class CategorySuggestionResponse {
  @ApiProperty({ example: 'afval' })
  category!: string;

  @ApiProperty({ example: 'grofvuil' })
  subcategory!: string;

  @ApiProperty({ example: 0.83, description: 'Probability over all subcategories (0–1)' })
  confidence!: number;
}
